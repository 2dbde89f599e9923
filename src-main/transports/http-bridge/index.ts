export { startHttpBridge, type HttpBridge, type HttpBridgeOptions } from './start-http-bridge';
