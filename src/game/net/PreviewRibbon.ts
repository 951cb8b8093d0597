// The ribbon over a teacher's preview (/?level=ID&preview=1): it says that this is a preview
// and that nothing is sent to the class.
import { onLanguageChange, t } from '../../i18n/i18n';

export function showPreviewRibbon(): void {
  const ribbon = document.createElement('div');
  ribbon.id = 'preview-ribbon';
  ribbon.setAttribute('role', 'status');
  Object.assign(ribbon.style, {
    position: 'fixed',
    top: '0',
    left: '50%',
    transform: 'translateX(-50%)',
    zIndex: '4',
    padding: '6px 22px',
    background: 'repeating-linear-gradient(135deg, #ffd23f 0 18px, #ffc107 18px 36px)',
    color: '#1d1140',
    fontWeight: 'bold',
    borderRadius: '0 0 14px 14px',
    boxShadow: '0 3px 10px #0008',
    pointerEvents: 'none',
    whiteSpace: 'nowrap',
  });
  const render = () => {
    ribbon.textContent = `▶ ${t('game.classroom.preview.ribbon')}`;
  };
  render();
  onLanguageChange(render);
  document.body.append(ribbon);
}
