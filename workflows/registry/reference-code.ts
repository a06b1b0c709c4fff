import { z } from 'zod';

/** Codes the register, the catalogue and the bundles share: `MOI`, `MOI-CR-001`. */
export const referenceCodePattern = /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/;

export const referenceCodeSchema = z
  .string({ error: 'errors.registry.required' })
  .max(40, { error: 'errors.registry.tooLong' })
  .regex(referenceCodePattern, { error: 'errors.registry.codeFormat' });

/** A name shown to people: visible text, not too long. */
export const displayNameSchema = z
  .string({ error: 'errors.registry.required' })
  .trim()
  .min(1, { error: 'errors.registry.required' })
  .max(200, { error: 'errors.registry.tooLong' });
