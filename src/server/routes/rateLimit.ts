// Per-route rate limit settings (per client IP and process); ignored when RATE_LIMIT_OFF=1.
export const perMinute = (max: number) => ({ rateLimit: { max, timeWindow: '1 minute' } });
