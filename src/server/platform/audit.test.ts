import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, hashEvent } from './audit';

const base = {
  serviceId: '01a208df-d891-7719-98ee-b6518c9e5731',
  seq: 1,
  id: '01a208df-d8f9-7498-bdfe-4ce4d6746122',
  occurredAt: new Date('2026-11-23T10:00:00.000Z'),
  actorUserId: null,
  action: 'membership.updated',
  entityType: 'membership',
  entityId: 'x',
  requestId: 'r',
  clientAddress: '127.0.0.1',
  details: { role: { from: 'viewer', to: 'admin' }, active: true },
  prevHash: GENESIS_HASH,
};

describe('hashEvent', () => {
  it('is a SHA-256 hex digest and stable for the same event', () => {
    expect(hashEvent(base)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashEvent({ ...base })).toBe(hashEvent(base));
  });

  it('does not depend on the order of keys in details (jsonb reorders them)', () => {
    const reordered = {
      ...base,
      details: { active: true, role: { to: 'admin', from: 'viewer' } },
    };
    expect(hashEvent(reordered)).toBe(hashEvent(base));
  });

  it('changes when any field changes', () => {
    const variants = [
      { ...base, seq: 2 },
      { ...base, action: 'membership.created' },
      { ...base, actorUserId: base.id },
      { ...base, occurredAt: new Date('2026-11-23T10:00:00.001Z') },
      { ...base, details: { ...base.details, active: false } },
      { ...base, prevHash: 'f'.repeat(64) },
    ];
    const hashes = new Set([hashEvent(base), ...variants.map(hashEvent)]);
    expect(hashes.size).toBe(variants.length + 1);
  });

  it('separates events whose details differ in any string', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b);
        expect(hashEvent({ ...base, details: { note: a } })).not.toBe(hashEvent({ ...base, details: { note: b } }));
      }),
    );
  });
});
