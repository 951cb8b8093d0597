// Entry point of the teacher dashboard (teacher.html); it never loads Phaser. The texts of the
// remembered language load while the app asks who is logged in; the first render waits for both.
import './dashboard.css';
import { App } from './App';
import { initI18nLazily } from './i18n';

const texts = initI18nLazily();
const root = document.getElementById('app');
if (root) void new App(root).start(texts);
