package io.flowkit.benchmarks;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.jwk.ECKey;
import io.flowkit.store.jose.JoseKeys;
import io.flowkit.store.jose.SignatureHeaderVerifier;
import io.flowkit.store.jose.StateTokenReader;
import io.flowkit.store.jose.StateTokenWriter;
import io.flowkit.store.jose.StoreCrypto;
import io.flowkit.store.keys.StoreKeyRing;
import io.flowkit.store.state.FlowState;
import io.flowkit.testkit.PlatformState;
import io.flowkit.testkit.PlatformTokens;
import io.flowkit.testkit.StoreKeyPairs;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Provider;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import javax.crypto.KeyAgreement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The store's per-item cryptography beside the raw primitives it cannot avoid, on one provider:
 *
 * <ul>
 *   <li>{@code save}: what the store does for one posted 8 KB state: check the signature header and
 *       open the state token (ES384 verify, ECDH-ES+A192KW / A192CBC-HS384 decrypt, inflate, ES384
 *       verify, claims); {@code saveRaw}: ECDSA P-384 verify ×2 (messages of the same sizes) and
 *       one ECDH;
 *   <li>{@code load}: the token a loaded 8 KB state goes back in (sign, deflate at {@code
 *       deflateLevel}, encrypt);
 *       {@code loadRaw}: ECDSA P-384 sign, an ephemeral P-384 key pair and one ECDH.
 * </ul>
 *
 * <p>Run with {@code java -cp it/benchmarks/target/benchmarks.jar
 * io.flowkit.benchmarks.StoreCryptoRatios}, which prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
public class StoreCryptoBenchmark {

  @Param({"jdk", "native"})
  public String provider;

  @Param("8192")
  public int stateBytes;

  /** The level the store deflates its answers at (the store's default is RawDeflate.LEVEL, 1). */
  @Param("1")
  public int deflateLevel;

  private UUID tenant;
  private UUID id;
  private String path;
  private String signatureHeader;
  private String stateToken;
  private String content;
  private ECKey receiverJwk;
  private ECKey platformJwk;
  private SignatureHeaderVerifier verifier;
  private StateTokenReader reader;
  private StateTokenWriter writer;

  // the raw primitives, on the same provider
  private Provider jca;
  private ECPublicKey platformPublic;
  private ECPrivateKey receiverPrivate;
  private ECPublicKey ephemeralPublic;
  private byte[] headerInput;
  private byte[] headerSignature;
  private byte[] stateInput;
  private byte[] stateSignature;
  private byte[] loadInput;

  @Setup
  public void setUp() throws Exception {
    StoreCrypto crypto = StoreCrypto.select(StoreCrypto.Mode.parse(provider));
    if (provider.equals("native") != crypto.isNative()) {
      throw new IllegalStateException("asked for " + provider + ", got " + crypto);
    }
    StoreKeyPairs keys = StoreKeyPairs.generate();
    StoreKeyRing ring =
        StoreKeyRing.builder().pair(keys.platformKeyForStore(), keys.receiverKeyForStore()).build();
    JoseKeys joseKeys = JoseKeys.of(ring, crypto);
    // A clock standing still: the tokens stay valid for the whole run.
    Clock clock = Clock.fixed(Instant.now(), ZoneOffset.UTC);
    verifier = new SignatureHeaderVerifier(joseKeys, clock, Duration.ZERO);
    reader = new StateTokenReader(joseKeys, clock, 64 * 1024 * 1024, Duration.ZERO);
    writer = new StateTokenWriter(joseKeys, clock, deflateLevel);
    receiverJwk = ring.receiverKey(keys.receiverKid()).orElseThrow();
    platformJwk = ring.platformKey(keys.platformKid()).orElseThrow();

    tenant = UUID.randomUUID();
    content = StoreStates.content(stateBytes, 1);
    PlatformState state = PlatformState.of(tenant, content);
    id = state.id();
    path = "/api/storage/1/states/" + tenant;
    PlatformTokens platform = new PlatformTokens(keys, clock);
    signatureHeader = platform.signatureHeader(tenant, path);
    stateToken = platform.stateToken(state);
    FlowState read = save();
    if (!read.content().equals(content)) {
      throw new IllegalStateException("the state does not round-trip");
    }

    jca = crypto.provider();
    platformPublic = crypto.publicKey(platformJwk);
    receiverPrivate = crypto.privateKey(receiverJwk);
    ECPrivateKey platformPrivate = crypto.privateKey(keys.platformPair());
    ephemeralPublic =
        JWEObject.parse(stateToken).getHeader().getEphemeralPublicKey().toECKey().toECPublicKey();
    headerInput = signingInput(signatureHeader);
    headerSignature = sign(platformPrivate, headerInput);
    String jws = platform.signWithPlatformKey(platform.stateClaims(state).build());
    stateInput = signingInput(jws);
    stateSignature = sign(platformPrivate, stateInput);
    loadInput = stateInput.clone();
  }

  private static byte[] signingInput(String compact) {
    return compact.substring(0, compact.lastIndexOf('.')).getBytes(StandardCharsets.US_ASCII);
  }

  private byte[] sign(ECPrivateKey key, byte[] input) throws Exception {
    Signature signature = signature();
    signature.initSign(key);
    signature.update(input);
    return signature.sign();
  }

  private Signature signature() throws Exception {
    return jca == null
        ? Signature.getInstance("SHA384withECDSA")
        : Signature.getInstance("SHA384withECDSA", jca);
  }

  private boolean verify(byte[] input, byte[] sig) throws Exception {
    Signature signature = signature();
    signature.initVerify(platformPublic);
    signature.update(input);
    return signature.verify(sig);
  }

  private byte[] ecdh(java.security.PrivateKey privateKey, ECPublicKey publicKey) throws Exception {
    KeyAgreement agreement =
        jca == null ? KeyAgreement.getInstance("ECDH") : KeyAgreement.getInstance("ECDH", jca);
    agreement.init(privateKey);
    agreement.doPhase(publicKey, true);
    return agreement.generateSecret();
  }

  /** The store's work for one posted state: the signature header, then the state token. */
  @Benchmark
  public FlowState save() throws Exception {
    verifier.verify(signatureHeader, tenant, path);
    return reader.read(stateToken, tenant);
  }

  /** The primitives a save cannot do without: ECDSA verify ×2 and ECDH. */
  @Benchmark
  public byte[] saveRaw() throws Exception {
    if (!verify(headerInput, headerSignature) || !verify(stateInput, stateSignature)) {
      throw new IllegalStateException("a signature does not verify");
    }
    return ecdh(receiverPrivate, ephemeralPublic);
  }

  /** The store's work for one loaded state: the token it goes back in. */
  @Benchmark
  public String load() {
    return writer.write(tenant, id, content, receiverJwk, platformJwk);
  }

  /** The primitives a load cannot do without: ECDSA sign, an ephemeral key pair and ECDH. */
  @Benchmark
  public byte[] loadRaw() throws Exception {
    Signature signature = signature();
    signature.initSign(receiverPrivate);
    signature.update(loadInput);
    byte[] sig = signature.sign();
    KeyPairGenerator generator =
        jca == null ? KeyPairGenerator.getInstance("EC") : KeyPairGenerator.getInstance("EC", jca);
    generator.initialize(platformPublic.getParams());
    KeyPair ephemeral = generator.generateKeyPair();
    byte[] secret = ecdh(ephemeral.getPrivate(), platformPublic);
    secret[0] ^= sig[0];
    return secret;
  }
}
