// The game's address with a level preselected, for a teacher who wants to play it first.
export const previewUrl = (levelId: string): string => `./?level=${encodeURIComponent(levelId)}&preview=1`;
