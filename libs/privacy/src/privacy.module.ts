import { Module } from '@nestjs/common';
import { CandidateDataService } from './candidate-data.service';

@Module({ providers: [CandidateDataService], exports: [CandidateDataService] })
export class PrivacyModule {}
