import { describe, it, expect } from 'vitest';
import { frameworkErrorMessages } from './framework-error-messages.ts';
import { parseFramework } from './framework-validation.ts';
import { sampleFramework } from './framework.fixture.ts';

describe('frameworkErrorMessages', () => {
  it('has a placeholder for every param a weights error carries', () => {
    const fw = sampleFramework();
    fw.totalPoints = 900;
    const result = parseFramework(fw);
    if (result.ok) throw new Error('expected errors');
    const [error] = result.errors;
    const message = frameworkErrorMessages[error!.code];
    for (const name of Object.keys(error!.params)) {
      expect(message.en).toContain(`{{${name}}}`);
      expect(message.ar).toContain(`{{${name}}}`);
    }
  });
});
