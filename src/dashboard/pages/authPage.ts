// Log in and sign up: one e-mail and password form for both, with a link to the other.
import { ApiError } from '../api/ApiError';
import { api } from '../api/DashboardApi';
import { h } from '../dom/h';
import { t } from '../i18n';
import { field } from '../ui/field';
import { errorBox, showError } from '../ui/messages';
import type { PageContext, PageView } from './PageView';

export function authPage(mode: 'login' | 'signup', ctx: PageContext): PageView {
  const key = (name: string) => t(`dashboard.auth.${mode}.${name}`);
  const email = field(t('dashboard.auth.email'), {
    type: 'email',
    name: 'email',
    autocomplete: 'email',
    required: true,
  });
  const password = field(
    t('dashboard.auth.password'),
    {
      type: 'password',
      name: 'password',
      autocomplete: mode === 'login' ? 'current-password' : 'new-password',
      required: true,
      minlength: mode === 'signup' ? 10 : undefined,
      maxlength: 200,
    },
    mode === 'signup' ? t('dashboard.auth.passwordHint') : undefined,
  );
  const error = errorBox();
  const submit = h('button', { type: 'submit', class: 'button primary' }, key('submit'));
  const form = h(
    'form',
    { class: 'card auth-form', novalidate: false },
    email.wrapper,
    password.wrapper,
    error,
    submit,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    try {
      const call = mode === 'login' ? api.logIn : api.signUp;
      await call(email.input.value.trim(), password.input.value);
      await ctx.sessionChanged();
      ctx.go({ page: 'classes' });
    } catch (e) {
      showError(error, e);
      if (mode === 'login' && e instanceof ApiError && e.status === 401)
        error.textContent = t('dashboard.auth.login.wrong');
      if (mode === 'signup' && e instanceof ApiError && e.status === 409)
        error.textContent = t('dashboard.auth.signup.taken');
    } finally {
      submit.disabled = false;
    }
  });
  const other = mode === 'login' ? 'signup' : 'login';
  const element = h(
    'section',
    { class: 'auth' },
    h('h1', { tabindex: '-1' }, key('title')),
    h('p', { class: 'lead' }, t('dashboard.auth.intro')),
    form,
    h('p', {}, key('other'), ' ', h('a', { href: `#/${other}` }, t(`dashboard.auth.${other}.link`))),
  );
  return { title: key('title'), element };
}
