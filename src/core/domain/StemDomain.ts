// The four STEM domains of the iSTEM method that every task is tagged with.
import { z } from 'zod';

export const STEM_DOMAINS = ['S', 'T', 'E', 'M'] as const;
export const stemDomainSchema = z.enum(STEM_DOMAINS);
export type StemDomain = z.infer<typeof stemDomainSchema>;
