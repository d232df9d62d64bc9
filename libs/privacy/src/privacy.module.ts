import { Module } from '@nestjs/common';
import { CandidateDataRepository } from './candidate-data.repository';
import { CandidateDataService } from './candidate-data.service';

@Module({ providers: [CandidateDataService, CandidateDataRepository], exports: [CandidateDataService] })
export class PrivacyModule {}
