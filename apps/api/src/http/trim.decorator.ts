import { Transform } from 'class-transformer';

/** Trims strings before validation, so "  " counts as empty and emails compare cleanly. */
export const Trim = () => Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
