import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { MemberActor } from '@embauche/accounts';
import { CommonErrorCode, PaginationQuery } from '@embauche/common';
import { NotificationErrorCode } from '@embauche/notifications/notification-errors';
import { WebhookEndpointsService } from '@embauche/notifications/webhooks/webhook-endpoints.service';
import { CurrentMember, Roles } from '../auth/actor.decorators';
import { ApiProblems } from '../http/api-problems.decorator';
import { UuidPipe } from '../http/validators';
import {
  CreateWebhookEndpointDto,
  UpdateWebhookEndpointDto,
  WebhookDeliveryListQuery,
  WebhookDeliveryListResponse,
  WebhookDeliveryResponse,
  WebhookEndpointListResponse,
  WebhookEndpointResponse,
  WebhookEndpointWithSecretResponse,
} from './dto/webhook-endpoint.dto';

/** Admins manage their organization's webhook endpoints (Standard Webhooks v1); other roles get 403, other organizations' endpoints 404. */
@ApiTags('webhooks')
@ApiBearerAuth()
@Roles('admin')
@Controller('webhook-endpoints')
export class WebhookEndpointsController {
  constructor(private readonly endpoints: WebhookEndpointsService) {}

  @Post()
  @ApiOperation({ summary: 'Register an endpoint; the answer carries its signing secret, shown this once' })
  @ApiProblems(400, 401, 403, { 400: [NotificationErrorCode.WebhookUrlInvalid, NotificationErrorCode.WebhookUrlForbidden] })
  async create(@CurrentMember() actor: MemberActor, @Body() body: CreateWebhookEndpointDto): Promise<WebhookEndpointWithSecretResponse> {
    return WebhookEndpointWithSecretResponse.withSecret(await this.endpoints.create(actor, body));
  }

  @Get()
  @ApiOperation({ summary: 'The organization’s endpoints, newest first' })
  @ApiProblems(400, 401, 403, { 400: [CommonErrorCode.InvalidCursor] })
  async list(@CurrentMember() actor: MemberActor, @Query() query: PaginationQuery): Promise<WebhookEndpointListResponse> {
    const page = await this.endpoints.list(actor, query.limit, query.cursor);
    return { items: page.items.map(WebhookEndpointResponse.from), nextCursor: page.nextCursor };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One endpoint (never its secret)' })
  @ApiProblems(400, 401, 403, 404, { 404: [NotificationErrorCode.WebhookEndpointNotFound] })
  async get(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<WebhookEndpointResponse> {
    return WebhookEndpointResponse.from(await this.endpoints.get(actor, id));
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change the URL, event types, description, or enable/disable' })
  @ApiProblems(400, 401, 403, 404, { 400: [NotificationErrorCode.WebhookUrlInvalid, NotificationErrorCode.WebhookUrlForbidden], 404: [NotificationErrorCode.WebhookEndpointNotFound] })
  async update(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string, @Body() body: UpdateWebhookEndpointDto): Promise<WebhookEndpointResponse> {
    return WebhookEndpointResponse.from(await this.endpoints.update(actor, id, body));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Delete the endpoint, its deliveries and their log' })
  @ApiProblems(400, 401, 403, 404, { 404: [NotificationErrorCode.WebhookEndpointNotFound] })
  async remove(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<void> {
    await this.endpoints.remove(actor, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(200)
  @ApiOperation({ summary: 'A new secret (shown once); the previous one also signs for 24 hours' })
  @ApiProblems(400, 401, 403, 404, { 404: [NotificationErrorCode.WebhookEndpointNotFound] })
  async rotate(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string): Promise<WebhookEndpointWithSecretResponse> {
    return WebhookEndpointWithSecretResponse.withSecret(await this.endpoints.rotateSecret(actor, id));
  }

  @Get(':id/deliveries')
  @ApiOperation({ summary: 'Delivery log: each delivery with its attempts (status, latency, response excerpt), newest first' })
  @ApiProblems(400, 401, 403, 404, { 400: [CommonErrorCode.InvalidCursor], 404: [NotificationErrorCode.WebhookEndpointNotFound] })
  async deliveries(@CurrentMember() actor: MemberActor, @Param('id', UuidPipe) id: string, @Query() query: WebhookDeliveryListQuery): Promise<WebhookDeliveryListResponse> {
    const page = await this.endpoints.deliveries(actor, id, query.limit, query.cursor);
    return { items: page.items.map(WebhookDeliveryResponse.from), nextCursor: page.nextCursor };
  }

  @Post(':id/deliveries/:deliveryId/replay')
  @HttpCode(202)
  @ApiOperation({ summary: 'Send a delivery again (same webhook-id), from the start of the retry schedule' })
  @ApiProblems(400, 401, 403, 404, 409, { 404: [NotificationErrorCode.WebhookEndpointNotFound, NotificationErrorCode.WebhookDeliveryNotFound], 409: [NotificationErrorCode.WebhookEndpointDisabled] })
  async replay(
    @CurrentMember() actor: MemberActor,
    @Param('id', UuidPipe) id: string,
    @Param('deliveryId', UuidPipe) deliveryId: string,
  ): Promise<WebhookDeliveryResponse> {
    return WebhookDeliveryResponse.from(await this.endpoints.replay(actor, id, deliveryId));
  }
}
