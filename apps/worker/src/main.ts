import { PING } from '@embauche/queues';
import { NestFactory } from '@nestjs/core';
console.log(PING, typeof NestFactory);
