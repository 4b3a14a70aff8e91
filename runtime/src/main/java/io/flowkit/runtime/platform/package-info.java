/**
 * The platform test kit: plays the Flow platform against a service over real HTTP. {@link
 * io.flowkit.runtime.platform.FlowPlatform} calls a service as Flow does; {@link
 * io.flowkit.runtime.platform.CallbackReceiver} is the local endpoint that receives the callbacks of
 * actions that answered {@code WAIT}.
 */
package io.flowkit.runtime.platform;
