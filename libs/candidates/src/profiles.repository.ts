import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, type EntityManager, type Repository } from 'typeorm';
import { CandidateProfileEntity } from './candidate-profile.entity';

@Injectable()
export class ProfilesRepository {
  constructor(@InjectRepository(CandidateProfileEntity) private readonly profiles: Repository<CandidateProfileEntity>) {}

  /** Revision 0 marks the placeholder row a first PUT locks; it never outlives its transaction. */
  findByCandidate(candidateId: string): Promise<CandidateProfileEntity | null> {
    return this.profiles.findOneBy({ candidateId, revision: MoreThan(0) });
  }

  /**
   * Holds the candidate's account for the rest of the transaction (FOR SHARE:
   * writers of one candidate do not wait for each other, but an erasure, which
   * locks the account FOR UPDATE first, waits for them or they for it). False
   * when the account was erased meanwhile. Taking it first, as the erasure
   * does, keeps the lock order the same everywhere, so the two cannot deadlock.
   */
  async holdActiveAccount(manager: EntityManager, candidateId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(`SELECT 1 FROM users WHERE id = $1 AND erased_at IS NULL FOR SHARE`, [candidateId]);
    return rows.length > 0;
  }

  /**
   * Locks the candidate's profile row for a read-modify-write, creating a
   * placeholder first if there is none, so that concurrent first PUTs also
   * serialize on one row instead of racing on an insert.
   */
  async lockForUpdate(manager: EntityManager, candidateId: string): Promise<CandidateProfileEntity> {
    await manager.query(`INSERT INTO candidate_profiles (candidate_id, revision) VALUES ($1, 0) ON CONFLICT (candidate_id) DO NOTHING`, [candidateId]);
    return manager.getRepository(CandidateProfileEntity).findOneOrFail({ where: { candidateId }, lock: { mode: 'pessimistic_write' } });
  }

  save(manager: EntityManager, profile: CandidateProfileEntity): Promise<CandidateProfileEntity> {
    return manager.getRepository(CandidateProfileEntity).save(profile);
  }
}
