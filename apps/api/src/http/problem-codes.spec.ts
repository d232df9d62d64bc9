import path from 'node:path';
import { declaredErrorCodes, readSource, sourceFiles } from '../../../../test/support/error-codes';

describe('Error codes', () => {
  const declared = declaredErrorCodes();
  const sources = sourceFiles().map((file) => ({ file, text: readSource(file) }));

  it('are found in every lib that declares some', () => {
    const groups = new Set(declared.map((d) => d.reference.split('.')[0]));
    expect([...groups].sort()).toEqual(
      expect.arrayContaining(['AccountErrorCode', 'ApplicationErrorCode', 'CandidateErrorCode', 'CommonErrorCode', 'JobPostingErrorCode']),
    );
    expect(declared.length).toBeGreaterThan(40);
  });

  it('are unique across all libs and snake_case', () => {
    const codes = declared.map((d) => d.code);
    const duplicates = codes.filter((code, i) => codes.indexOf(code) !== i);
    expect(duplicates).toEqual([]);
    expect(codes.filter((code) => !/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/.test(code))).toEqual([]);
  });

  it('are each used outside their declaration, so a code in a response greps to where it is thrown', () => {
    const unused = declared.filter(({ reference, file }) => {
      const pattern = new RegExp(`\\b${reference.replace('.', '\\.')}\\b`);
      return !sources.some((s) => !s.file.endsWith(file) && pattern.test(s.text));
    });
    expect(unused.map((d) => d.reference)).toEqual([]);
  });

  it('are all listed in the OpenAPI document’s ProblemCode enum (problem-codes.ts names every group)', () => {
    const registry = readSource(path.join(__dirname, 'problem-codes.ts'));
    const groups = [...new Set(declared.map((d) => d.reference.split('.')[0]))];
    expect(groups.filter((group) => !new RegExp(`^\\s+${group},$`, 'm').test(registry))).toEqual([]);
  });
});
