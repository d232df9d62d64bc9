import { Injectable, type ArgumentMetadata, type PipeTransform } from '@nestjs/common';
import { isCountryCode, isLanguageCode } from '@embauche/common/iso-codes';
import { IsObject, isUUID, ValidateBy, ValidateIf, type ValidationOptions } from 'class-validator';
import { RequestValidationException } from '@embauche/common';

export const IsCountryCode = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isCountryCode', validator: { validate: (v) => isCountryCode(v), defaultMessage: (a) => `${a?.property} must be an ISO 3166-1 alpha-2 country code (e.g. BE)` } }, options);

export const IsLanguageCode = (options?: ValidationOptions) =>
  ValidateBy({ name: 'isLanguageCode', validator: { validate: (v) => isLanguageCode(v), defaultMessage: (a) => `${a?.property} must be an ISO 639-1 language code (e.g. fr)` } }, options);

/** Optional, but not nullable: `IsOptional` would let `null` through to a NOT NULL column. */
export const OmittableNotNull = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

/** Nested DTOs are objects: without this, an array in their place passes `ValidateNested` and reaches the service. */
export const IsObjectItem = (field: string, each = false) =>
  IsObject({ each, message: each ? `each item of ${field} must be an object` : `${field} must be an object` });

/** Path ids must be UUIDs: a malformed one is a 400 naming the parameter, never a database error. */
@Injectable()
export class UuidPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (!isUUID(value)) throw new RequestValidationException([{ field: metadata.data ?? 'id', message: 'must be a UUID' }]);
    return value;
  }
}

