// Stars as text (filled and empty), so they read well without colour too.
export const starText = (stars: number, of = 3): string =>
  '★'.repeat(stars) + '☆'.repeat(Math.max(0, of - stars));
