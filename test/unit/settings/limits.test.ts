import { describe, expect, it } from 'vitest';
import { limitsInputSchema } from '@/src/risk/limitSpecs';
import { LIMIT_KEYS, LIMIT_SPECS, formatLimitInput, parseLimitInput } from '@/src/settings/limits';

describe('parseLimitInput', () => {
  it('reads leverage as typed and percentages as fractions', () => {
    expect(parseLimitInput('maxLeverage', '12')).toEqual({ ok: true, value: 12 });
    expect(parseLimitInput('maxLeverage', ' 12.5x ')).toEqual({ ok: true, value: 12.5 });
    expect(parseLimitInput('minLiquidationDistance', '8')).toEqual({ ok: true, value: 0.08 });
    expect(parseLimitInput('maxLossAtStop', '2,5 %')).toEqual({ ok: true, value: 0.025 });
    expect(parseLimitInput('minLiquidationDistance', '0')).toEqual({ ok: true, value: 0 });
  });

  it('refuses what is not a number, with words for the field', () => {
    for (const text of ['', '   ', 'ten', '1e3', '--1', '1.2.3', 'NaN']) {
      const parsed = parseLimitInput('maxLeverage', text);
      expect(parsed.ok, text).toBe(false);
      if (!parsed.ok) expect(parsed.error).toMatch(/number/);
    }
  });

  it('refuses values outside each range and names the range', () => {
    expect(parseLimitInput('maxLeverage', '0')).toEqual({ ok: false, error: 'Must be from 1 to 500×.' });
    expect(parseLimitInput('maxLeverage', '501')).toEqual({ ok: false, error: 'Must be from 1 to 500×.' });
    expect(parseLimitInput('maxLeverage', '-3')).toEqual({ ok: false, error: 'Must be from 1 to 500×.' });
    expect(parseLimitInput('minLiquidationDistance', '95')).toEqual({ ok: false, error: 'Must be from 0 to 90 %.' });
    expect(parseLimitInput('maxLossAtStop', '0.01')).toEqual({ ok: false, error: 'Must be from 0.1 to 100 %.' });
  });

  it('round-trips every range boundary through format and parse', () => {
    for (const key of LIMIT_KEYS) {
      for (const v of [LIMIT_SPECS[key].min, LIMIT_SPECS[key].max]) {
        expect(parseLimitInput(key, formatLimitInput(key, v))).toEqual({ ok: true, value: v });
      }
    }
  });

  it('writes a limit as it is typed in its field', () => {
    expect(formatLimitInput('maxLossAtStop', 0.025)).toBe('2.5');
  });
});

describe('the limits the settings store and the risk core reads', () => {
  it('the risk core accepts every limit a trader can set, at both ends of its range', () => {
    for (const key of LIMIT_KEYS) {
      for (const value of [LIMIT_SPECS[key].min, LIMIT_SPECS[key].max]) {
        expect(limitsInputSchema.safeParse({ [key]: value, hard: [key] }).success, `${key} ${value}`).toBe(true);
      }
    }
  });

  it('a leverage limit of 0 is refused by the risk core; a distance or a loss of 0 is a limit it reads', () => {
    expect(limitsInputSchema.safeParse({ maxLeverage: 0 }).success).toBe(false);
    expect(limitsInputSchema.safeParse({ maxAccountLeverage: 0 }).success).toBe(false);
    expect(limitsInputSchema.safeParse({ minLiquidationDistance: 0, maxLossAtStop: 0 }).success).toBe(true);
  });
});
