package io.flowkit.codegen.reader;

import io.flowkit.codegen.descriptor.MessageActionDescriptor;
import io.flowkit.codegen.profile.ObjectShape;
import java.util.Map;

/** A message action while the model is being built. */
final class ActionDraft {

  final MessageActionDescriptor descriptor;
  final String uriPart;
  /** The request profile's root, or {@code null} when there is none (or it could not be read). */
  ObjectShape request;
  /** Flow type name of every object or list entry of the request, by entry name. */
  Map<String, String> requestTypes = Map.of();
  ObjectShape response;
  Map<String, String> responseTypes = Map.of();
  String javaName;

  ActionDraft(MessageActionDescriptor descriptor, String uriPart) {
    this.descriptor = descriptor;
    this.uriPart = uriPart;
  }
}
