// The two pupil actions that change data: give a pupil a new secret (their old card stops
// working) and delete a pupil with all results, each after a clear confirmation.
import { api } from '../api/DashboardApi';
import { t } from '../i18n';
import { confirmDialog } from '../ui/confirmDialog';
import { errorText } from '../ui/messages';

/** Returns the message to show, or null when the teacher cancelled. */
export async function resetSecret(
  classId: string,
  pupil: { id: string; nickname: string },
): Promise<string | null> {
  const ok = await confirmDialog({
    title: t('dashboard.pupils.resetTitle', { name: pupil.nickname }),
    body: t('dashboard.pupils.resetBody', { name: pupil.nickname }),
    confirmLabel: t('dashboard.pupils.resetConfirm'),
  });
  if (!ok) return null;
  try {
    const { card } = await api.resetSecret(classId, pupil.id);
    return t('dashboard.pupils.newSecret', { name: card.nickname, secret: card.secret });
  } catch (e) {
    return errorText(e);
  }
}

/** Returns true when the pupil was deleted; throws on a failed call. */
export async function deletePupil(
  classId: string,
  pupil: { id: string; nickname: string },
): Promise<boolean> {
  const ok = await confirmDialog({
    title: t('dashboard.pupils.deleteTitle', { name: pupil.nickname }),
    body: t('dashboard.pupils.deleteBody', { name: pupil.nickname }),
    confirmLabel: t('dashboard.pupils.deleteConfirm', { name: pupil.nickname }),
  });
  if (!ok) return false;
  await api.deletePupil(classId, pupil.id);
  return true;
}
