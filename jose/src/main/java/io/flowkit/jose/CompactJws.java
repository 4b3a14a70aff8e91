package io.flowkit.jose;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.util.Base64URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Arrays;
import java.util.Base64;

/**
 * A compact JWS kept as its ASCII bytes: signed and verified by Nimbus's signers and verifiers over
 * the signing input, while the megabytes of a state's payload are Base64URL-coded by the JDK and
 * never copied into a Java string (Nimbus's {@code JWSObject} makes several string copies of them
 * and codes them with its own, slower codec).
 */
public final class CompactJws {

  private static final byte DOT = '.';

  private final byte[] compact;
  private final JWSHeader header;
  private final int headerEnd;
  private final int payloadEnd;

  private CompactJws(byte[] compact, JWSHeader header, int headerEnd, int payloadEnd) {
    this.compact = compact;
    this.header = header;
    this.headerEnd = headerEnd;
    this.payloadEnd = payloadEnd;
  }

  /** The compact serialization of {@code payload} signed by {@code signer} under {@code header}. */
  public static byte[] sign(JWSHeader header, byte[] payload, JWSSigner signer)
      throws JOSEException {
    byte[] encodedHeader = header.toBase64URL().toString().getBytes(StandardCharsets.US_ASCII);
    int payloadLength = JdkBase64URL.encodedLength(payload.length);
    byte[] signingInput = new byte[encodedHeader.length + 1 + payloadLength];
    System.arraycopy(encodedHeader, 0, signingInput, 0, encodedHeader.length);
    signingInput[encodedHeader.length] = DOT;
    // Encoded straight into place, without a second copy of the payload's megabytes.
    JdkBase64URL.encodeInto(payload, signingInput, encodedHeader.length + 1);
    byte[] signature =
        signer.sign(header, signingInput).toString().getBytes(StandardCharsets.US_ASCII);
    byte[] jws = Arrays.copyOf(signingInput, signingInput.length + 1 + signature.length);
    jws[signingInput.length] = DOT;
    System.arraycopy(signature, 0, jws, signingInput.length + 1, signature.length);
    return jws;
  }

  /**
   * {@code compact} read as a compact JWS: three dot-separated parts and a header Nimbus parses.
   *
   * @throws ParseException when it is not one
   */
  public static CompactJws parse(byte[] compact) throws ParseException {
    int headerEnd = indexOfDot(compact, 0);
    int payloadEnd = headerEnd < 0 ? -1 : indexOfDot(compact, headerEnd + 1);
    if (headerEnd <= 0 || payloadEnd < 0 || indexOfDot(compact, payloadEnd + 1) >= 0) {
      throw new ParseException("a compact JWS has three parts separated by dots", 0);
    }
    JWSHeader header =
        JWSHeader.parse(new Base64URL(new String(compact, 0, headerEnd, StandardCharsets.US_ASCII)));
    return new CompactJws(compact, header, headerEnd, payloadEnd);
  }

  /** The protected header. */
  public JWSHeader header() {
    return header;
  }

  /** Whether the signature verifies with {@code verifier} over the signing input as sent. */
  public boolean verify(JWSVerifier verifier) throws JOSEException {
    Base64URL signature =
        new Base64URL(
            new String(
                compact, payloadEnd + 1, compact.length - payloadEnd - 1,
                StandardCharsets.US_ASCII));
    return verifier.verify(header, Arrays.copyOf(compact, payloadEnd), signature);
  }

  /**
   * The payload, decoded by the JDK's strict Base64URL decoder.
   *
   * @throws IllegalArgumentException when it is not Base64URL
   */
  public ByteBuffer payload() {
    return Base64.getUrlDecoder()
        .decode(ByteBuffer.wrap(compact, headerEnd + 1, payloadEnd - headerEnd - 1));
  }

  private static int indexOfDot(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == DOT) {
        return i;
      }
    }
    return -1;
  }
}
