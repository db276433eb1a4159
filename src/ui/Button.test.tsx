import { render } from 'solid-js/web';
import { describe, expect, it } from 'vitest';
import { Button, buttonClass } from './Button';

describe('Button', () => {
  it('is a button (not a submit) with the classes of its look', () => {
    const host = document.createElement('div');
    const dispose = render(
      () => (
        <>
          <Button>Annuler</Button>
          <Button variant="primary" wide type="submit">
            Enregistrer
          </Button>
          <Button variant="danger" icon class="star" aria-label="Moins">
            −
          </Button>
        </>
      ),
      host,
    );
    const [plain, primary, danger] = [...host.querySelectorAll('button')];
    expect(plain?.type).toBe('button');
    expect(plain?.className).toBe('button');
    expect(primary?.type).toBe('submit');
    expect(primary?.className).toBe('button primary wide');
    expect(danger?.className).toBe('button danger icon-only star');
    expect(danger?.getAttribute('aria-label')).toBe('Moins');
    dispose();
  });

  it('gives links the same look', () => {
    expect(buttonClass({ variant: 'secondary' })).toBe('button');
    expect(buttonClass({ variant: 'primary' })).toBe('button primary');
  });
});
