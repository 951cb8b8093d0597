// Entry point of the teacher dashboard (teacher.html); it never loads Phaser.
import './dashboard.css';
import { App } from './App';
import { initI18n } from './i18n';

initI18n();
const root = document.getElementById('app');
if (root) void new App(root).start();
