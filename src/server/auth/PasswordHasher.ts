// Password hashing with argon2id. Production uses the OWASP minimum (19 MiB, 2 passes); tests
// (NODE_ENV=test) use 1 MiB and 1 pass so the suite stays quick. Hashes carry their parameters,
// so either kind verifies anywhere.
import { hash, verify } from '@node-rs/argon2';

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hashed: string, password: string): Promise<boolean>;
}

export function createPasswordHasher(fast: boolean): PasswordHasher {
  const options = fast ? { memoryCost: 1024, timeCost: 1 } : { memoryCost: 19456, timeCost: 2 };
  return {
    hash: (password) => hash(password, options),
    verify: async (hashed, password) => {
      try {
        return await verify(hashed, password);
      } catch {
        return false;
      }
    },
  };
}
