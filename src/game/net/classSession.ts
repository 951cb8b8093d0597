// The pupil's class session on this device: start-up (server link, preview, badge, outbox),
// joining or logging in from the title screen, and reading the class's levels again.
import { DEFAULT_AVATAR } from '../../core/progress/Avatar';
import { t } from '../../i18n/i18n';
import { classMembership, type Membership, saveMembership, updateMembership } from '../state/ClassMembership';
import { currentProfile, saveAvatar, startPreview } from '../state/ProgressStore';
import { startOutbox } from './AttemptOutbox';
import { openCardDialog, openJoinDialog, openLoginDialog } from './ClassDialogs';
import { classLink, setClassLink } from './ClassLink';
import { installClassStatus, renderClassStatus } from './ClassStatusBadge';
import { launchRequest } from './launchRequest';
import { showPreviewRibbon } from './PreviewRibbon';
import { normaliseJoinCode, ServerClassLink } from './ServerClassLink';

/** Call once at start, after the progress is loaded. */
export function startClassSession(): void {
  // A promo kiosk (?kiosk=...) plays for passers-by, never for a class.
  if (new URLSearchParams(window.location.search).has('kiosk')) return;
  setClassLink(new ServerClassLink());
  const request = launchRequest();
  if (request?.kind === 'preview') {
    startPreview(t('game.classroom.preview.nickname'), DEFAULT_AVATAR);
    showPreviewRibbon();
  }
  installClassStatus();
  startOutbox();
  void refreshClass();
}

/** Links the class to the current profile (made now, with the class nickname, when there is none). */
function enterClass(membership: Membership): { newProfile: boolean } {
  const profile = currentProfile();
  if (!profile) saveAvatar(membership.card.nickname, DEFAULT_AVATAR);
  else if (profile.nickname !== membership.card.nickname)
    saveAvatar(membership.card.nickname, profile.avatar);
  saveMembership(membership);
  startOutbox();
  renderClassStatus();
  return { newProfile: !profile };
}

/** The title's "Join a class": join (then show the login card) or log in with the card. */
export function openClassFromTitle(code: string, go: (scene: string) => void): void {
  const membership = classMembership();
  const options = {
    code: code || (membership?.card.joinCode ?? ''),
    nickname: currentProfile()?.nickname ?? '',
    onJoined: (joined: Membership) => {
      const { newProfile } = enterClass(joined);
      openCardDialog(joined.card, joined.className, () => go(newProfile ? 'Avatar' : 'LevelChoice'));
    },
    onLoggedIn: (loggedIn: Membership) => go(enterClass(loggedIn).newProfile ? 'Avatar' : 'LevelChoice'),
  };
  if (membership?.loggedOut) openLoginDialog({ ...options, nickname: membership.card.nickname });
  else if (membership && (code === '' || normaliseJoinCode(code) === membership.card.joinCode))
    openCardDialog(membership.card, membership.className, () => {});
  else openJoinDialog(options);
}

/** Reads the class's levels again; true when something the level choice shows changed. */
export async function refreshClass(): Promise<boolean> {
  const before = classMembership();
  if (!before) return false;
  const answer = await classLink().refresh();
  if (!answer.ok) {
    if (answer.error === 'logged-out' && !before.loggedOut) {
      updateMembership({ loggedOut: true });
      renderClassStatus();
      return true;
    }
    return false;
  }
  updateMembership(answer.membership);
  renderClassStatus();
  if (before.loggedOut) startOutbox();
  return JSON.stringify(before.levels) !== JSON.stringify(answer.membership.levels) || before.loggedOut;
}
