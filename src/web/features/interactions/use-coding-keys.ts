import { useEffect } from 'react';
import { commandForKey, type KeyCommand } from '../../../core/interaction';

/** True when a key press belongs to a text field (or anything editable), where the keys must type. */
function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement) {
    return !['button', 'submit', 'reset', 'checkbox', 'radio'].includes(target.type);
  }
  return false;
}

/**
 * Listens for the coding keys on the whole page while `active`. Keys typed in a text field, or with
 * Ctrl, Alt or Meta held (browser and screen-reader shortcuts), are left alone. Space on a focused
 * button pauses rather than pressing the button, so one key always means one thing.
 */
export function useCodingKeys(active: boolean, onCommand: (command: KeyCommand) => void): void {
  useEffect(() => {
    if (!active) return;
    const ignored = (e: KeyboardEvent) => e.ctrlKey || e.altKey || e.metaKey || inTextField(e.target);
    const down = (e: KeyboardEvent) => {
      if (ignored(e)) return;
      const command = commandForKey(e.key);
      if (!command) return;
      e.preventDefault();
      // Holding a key down repeats it; a held key is one event, not dozens.
      if (e.repeat) return;
      onCommand(command);
    };
    // A button activates on Space's key-up: stop that too, or Space would both pause and press it.
    const up = (e: KeyboardEvent) => {
      if (!ignored(e) && (e.key === ' ' || e.key === 'Spacebar')) e.preventDefault();
    };
    window.addEventListener('keydown', down);
    window.addEventListener('keyup', up);
    return () => {
      window.removeEventListener('keydown', down);
      window.removeEventListener('keyup', up);
    };
  }, [active, onCommand]);
}
