import { ApiProperty } from '@nestjs/swagger';

export class TemplateSummaryResponse {
  @ApiProperty({ example: 'backend-developer' }) id: string;
  @ApiProperty({ example: 'Back-End Developer' }) title: string;
  @ApiProperty() summary: string;
}

export class TemplateListResponse {
  @ApiProperty({ type: [TemplateSummaryResponse] }) items: TemplateSummaryResponse[];
}

export class SalaryBandResponse {
  @ApiProperty({ example: 'BE' }) country: string;
  @ApiProperty({ enum: ['junior', 'mid', 'senior'] }) seniority: string;
  @ApiProperty({ example: 3000 }) min: number;
  @ApiProperty({ example: 3800 }) max: number;
  @ApiProperty({ example: 'EUR' }) currency: string;
  @ApiProperty({ enum: ['month', 'year'] }) period: string;
  @ApiProperty({ description: 'true when the band is derived (the guides give no mid-level band)' }) derived: boolean;
}

/** The whole template in one language (see GET /job-templates/{id}). */
export class TemplateResponse {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty({ enum: ['fr', 'en', 'nl'] }) language: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty({ type: [String] }) missions: string[];
  @ApiProperty({ description: 'Requirements per seniority: { junior, mid, senior }', type: 'object', additionalProperties: true }) requirements: object;
  @ApiProperty({ description: 'Language rules (always / by posting language / by country)', type: 'object', additionalProperties: true }) languages: object;
  @ApiProperty({ type: [SalaryBandResponse] }) salaryBands: SalaryBandResponse[];
  @ApiProperty({ type: [String] }) workingConditions: string[];
  @ApiProperty({ type: [String] }) benefits: string[];
  @ApiProperty({ type: [String] }) careerPath: string[];
  @ApiProperty({ type: [String] }) educationPaths: string[];
  @ApiProperty() salaryNote: string;
}
