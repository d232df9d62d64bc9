import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

@Injectable()
export class OrganizationsRepository {
  constructor(@InjectRepository(OrganizationEntity) private readonly organizations: Repository<OrganizationEntity>) {}

  insert(name: string, manager: EntityManager): Promise<OrganizationEntity> {
    const repo = manager.getRepository(OrganizationEntity);
    return repo.save(repo.create({ name, blindReview: false }));
  }

  /** With `manager`, on the caller's transaction: a second pool connection taken while holding row locks can starve the pool. */
  findById(id: string, manager?: EntityManager): Promise<OrganizationEntity | null> {
    return (manager ? manager.getRepository(OrganizationEntity) : this.organizations).findOneBy({ id });
  }

  async update(id: string, changes: { name?: string; blindReview?: boolean }): Promise<OrganizationEntity | null> {
    if (Object.keys(changes).length > 0) await this.organizations.update({ id }, changes);
    return this.findById(id);
  }
}
