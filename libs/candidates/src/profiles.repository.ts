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
