// Entry point of the teacher dashboard (teacher.html); it never loads Phaser.
const app = document.getElementById('app');
if (app) app.dataset.ready = 'true';
