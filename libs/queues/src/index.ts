export const PING = 'ping';
