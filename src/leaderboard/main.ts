// Entry point of the big-screen leaderboard (leaderboard.html?event=<publicId>[&lang=fr]): no
// Phaser, no login; it follows the event's live stream and redraws calmly.
import './leaderboard.css';
import { initI18n, setLanguage } from '../i18n/i18n';
import { LANGUAGES, type Language } from '../i18n/resources';
import { LeaderboardFeed } from './LeaderboardFeed';
import { LeaderboardView } from './LeaderboardView';

initI18n();
const params = new URLSearchParams(location.search);
const lang = LANGUAGES.find((l): l is Language => l === params.get('lang'));
if (lang) setLanguage(lang);

const root = document.getElementById('board');
if (root) {
  const view = new LeaderboardView(root, matchMedia('(prefers-reduced-motion: reduce)').matches);
  const publicId = params.get('event');
  if (!publicId || !/^[A-Za-z0-9_-]{1,24}$/.test(publicId)) view.showProblem('noEvent');
  else new LeaderboardFeed(publicId, view).start();
}
