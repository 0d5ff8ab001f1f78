import './sign-in.css';
import { useId, useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client.ts';
import { useSignIn } from './api.ts';

/** The studio's own sign-in: a name and password from its users file. */
export function SignInForm() {
  const signIn = useSignIn();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const nameId = useId();
  const passwordId = useId();
  const errorId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    signIn.mutate({ name: name.trim(), password });
  };
  const failed = signIn.isError;

  return (
    <main className="sign-in">
      <form className="sign-in-card" onSubmit={submit} aria-describedby={failed ? errorId : undefined}>
        <h1>Sign in to Image Studio</h1>
        <div className="field">
          <label className="field-label" htmlFor={nameId}>
            Name
          </label>
          <input
            id={nameId}
            className="input"
            autoComplete="username"
            required
            value={name}
            onChange={(event) => setName(event.target.value)}
            aria-invalid={failed}
          />
        </div>
        <div className="field">
          <label className="field-label" htmlFor={passwordId}>
            Password
          </label>
          <input
            id={passwordId}
            className="input"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={failed}
          />
        </div>
        {failed && (
          <p id={errorId} role="alert" className="field-error">
            {errorMessage(signIn.error)}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={signIn.isPending}>
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </button>
        <p className="muted">Ask whoever runs the studio for an account or a new password.</p>
      </form>
    </main>
  );
}
