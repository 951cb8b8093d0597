// One pupil: attempts over time, the S/T/E/M profile, careers tried, points per level and every
// attempt, with the actions to reset their secret or delete them.
import { api } from '../api/DashboardApi';
import type { LevelSummary, PupilProgress } from '../api/schemas';
import { attemptsByDay } from '../charts/attemptsByDay';
import { attemptsChart } from '../charts/attemptsChart';
import { h } from '../dom/h';
import { categoryLabel } from '../grid/categoryLabel';
import { localized, t } from '../i18n';
import { routeHash } from '../Route';
import { dateTimeText } from '../ui/dateText';
import { errorText, statusLine } from '../ui/messages';
import type { PageContext, PageView } from './PageView';
import { deletePupil, resetSecret } from './pupilActions';

const DOMAINS = ['S', 'T', 'E', 'M'] as const;

function profile(progress: PupilProgress): HTMLElement {
  return h(
    'dl',
    { class: 'profile' },
    DOMAINS.map((d) => {
      const share = progress.profile[d];
      const percent = share === null ? null : Math.round(share * 100);
      const bar = h(
        'span',
        { class: 'profile-bar', 'aria-hidden': 'true' },
        h('span', { class: 'profile-fill' }),
      );
      const fill = bar.firstElementChild;
      if (fill instanceof HTMLElement) fill.style.width = `${percent ?? 0}%`;
      return h(
        'div',
        { class: 'profile-row' },
        h('dt', {}, `${d} – ${t(`domains.${d}`)}`),
        h(
          'dd',
          {},
          bar,
          h('span', {}, percent === null ? t('dashboard.pupil.notPractised') : `${percent} %`),
        ),
      );
    }),
  );
}

function attemptsTable(progress: PupilProgress, levels: readonly LevelSummary[]): HTMLElement {
  const task = (levelId: string, taskId: string) =>
    levels.find((l) => l.id === levelId)?.tasks.find((x) => x.id === taskId);
  const rows = [...progress.attempts].reverse().map((a) => {
    const def = task(a.levelId, a.taskId);
    return h(
      'tr',
      {},
      h('td', {}, dateTimeText(a.receivedAt)),
      h('th', { scope: 'row' }, def ? localized(def.title) : a.taskId),
      h('td', {}, a.correct ? `✓ ${t('dashboard.pupil.right')}` : `✗ ${t('dashboard.pupil.wrong')}`),
      h('td', {}, a.correct || !a.category || !def ? '' : categoryLabel(def.kind, a.category)),
      h('td', { class: 'num' }, String(a.hintsUsed)),
      h('td', { class: 'num' }, String(a.taskPoints)),
    );
  });
  return h(
    'div',
    { class: 'table-scroll' },
    h(
      'table',
      { class: 'stats' },
      h('caption', { class: 'sr-only' }, t('dashboard.pupil.attempts')),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['when', 'task', 'result', 'mistake', 'hints', 'points'].map((c) =>
            h('th', { scope: 'col' }, t(`dashboard.pupil.col.${c}`)),
          ),
        ),
      ),
      h('tbody', {}, rows),
    ),
  );
}

export async function pupilPage(classId: string, pupilId: string, ctx: PageContext): Promise<PageView> {
  const [progress, { levels }] = await Promise.all([api.pupilProgress(classId, pupilId), api.levels()]);
  const { pupil } = progress;
  const status = statusLine();
  const reset = h('button', { type: 'button', class: 'button' }, t('dashboard.pupils.reset'));
  const remove = h('button', { type: 'button', class: 'button danger' }, t('dashboard.pupils.delete'));
  reset.addEventListener('click', async () => {
    const message = await resetSecret(classId, pupil);
    if (message) status.textContent = message;
  });
  remove.addEventListener('click', async () => {
    try {
      if (await deletePupil(classId, pupil)) ctx.go({ page: 'class', classId, tab: 'pupils' });
    } catch (e) {
      status.textContent = errorText(e);
    }
  });
  const levelTitle = (id: string) => {
    const level = levels.find((l) => l.id === id);
    return level ? localized(level.title) : id;
  };
  const element = h(
    'section',
    { class: 'pupil-page' },
    h(
      'p',
      {},
      h('a', { href: routeHash({ page: 'class', classId, tab: 'grid' }) }, t('dashboard.pupil.back')),
    ),
    h('h1', { tabindex: '-1' }, pupil.nickname),
    h('p', { class: 'muted' }, t('dashboard.pupil.lastActive', { when: dateTimeText(pupil.lastActiveAt) })),
    h('div', { class: 'actions' }, reset, remove),
    status,
    h('h2', {}, t('dashboard.pupil.overTime')),
    progress.attempts.length === 0
      ? h('p', { class: 'empty' }, t('dashboard.pupil.noAttempts'))
      : attemptsChart(attemptsByDay(progress.attempts)),
    h(
      'div',
      { class: 'two-col' },
      h('section', {}, h('h2', {}, t('dashboard.pupil.profile')), profile(progress)),
      h(
        'section',
        {},
        h('h2', {}, t('dashboard.pupil.careers')),
        progress.careers.length === 0
          ? h('p', { class: 'empty' }, t('dashboard.pupil.noCareers'))
          : h(
              'ul',
              { class: 'chips' },
              progress.careers.map((c) => h('li', {}, t(`careers.${c}`))),
            ),
        h('h2', {}, t('dashboard.pupil.levels')),
        h(
          'ul',
          {},
          progress.levels.map((l) =>
            h(
              'li',
              {},
              t('dashboard.pupil.levelLine', {
                level: levelTitle(l.levelId),
                done: l.tasksDone,
                tasks: l.tasks,
                points: l.points,
                max: l.maxPoints,
              }),
            ),
          ),
        ),
      ),
    ),
    h('h2', {}, t('dashboard.pupil.attempts')),
    progress.attempts.length === 0 ? null : attemptsTable(progress, levels),
  );
  return { title: pupil.nickname, element };
}
