/**
 * The templates shipped with the platform. Adding a profile = adding its JSON
 * file next to this one and one line below; TemplateCatalog checks the shape
 * at load time, so a malformed file fails at boot, not on a request.
 */
import backendDeveloper from './backend-developer.json';

export const BUNDLED_TEMPLATES: readonly unknown[] = [backendDeveloper];
