import { databaseUnavailable } from './database-unavailable';
import { ServiceUnavailableError } from './domain-errors';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('databaseUnavailable', () => {
  it.each([
    ['refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['reset', withCode('ECONNRESET')],
    ['admin shutdown (pg_ctl restart -m fast)', withCode('57P01', 'terminating connection due to administrator command')],
    ['starting up', withCode('57P03', 'the database system is starting up')],
    ['connection exception class 08', withCode('08006')],
    ['pool timeout', new Error('timeout exceeded when trying to connect')],
    ['connection terminated', new Error('Connection terminated unexpectedly')],
    ['wrapped by TypeORM', Object.assign(new Error('query failed'), { driverError: withCode('57P01') })],
  ])('maps %s to a 503 with Retry-After', (_, error) => {
    const mapped = databaseUnavailable(error);
    expect(mapped).toBeInstanceOf(ServiceUnavailableError);
    expect(mapped?.retryAfterSeconds).toBeGreaterThan(0);
    expect((mapped as { cause?: unknown }).cause).toBe(error);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a syntax error', withCode('42601')],
    ['a plain bug', new TypeError('x is undefined')],
    ['nothing', undefined],
  ])('leaves %s alone', (_, error) => {
    expect(databaseUnavailable(error)).toBeNull();
  });
});
