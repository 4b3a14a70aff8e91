package io.flowkit.store.jose;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWSAlgorithm;
import java.util.Set;

/** The External Storage API's algorithm allow-lists; nothing outside them is ever accepted. */
public final class JoseAlgorithms {

  /** The only signature algorithm, for the signature header and for signed states. */
  public static final JWSAlgorithm SIGNATURE = JWSAlgorithm.ES384;

  /** Key management algorithms accepted on posted states. */
  public static final Set<JWEAlgorithm> KEY_MANAGEMENT =
      Set.of(JWEAlgorithm.ECDH_ES_A192KW, JWEAlgorithm.ECDH_ES_A256KW);

  /** Content encryption methods accepted on posted states. */
  public static final Set<EncryptionMethod> CONTENT_ENCRYPTION =
      Set.of(EncryptionMethod.A192CBC_HS384, EncryptionMethod.A256CBC_HS512);

  /** What a loaded state goes back with, as the reference store sends it. */
  public static final JWEAlgorithm RESPONSE_KEY_MANAGEMENT = JWEAlgorithm.ECDH_ES_A192KW;

  /** What a loaded state goes back with, as the reference store sends it. */
  public static final EncryptionMethod RESPONSE_CONTENT_ENCRYPTION = EncryptionMethod.A192CBC_HS384;

  /** The issuer of everything the platform signs. */
  public static final String PLATFORM_ISSUER = "manywho";

  private JoseAlgorithms() {}
}
