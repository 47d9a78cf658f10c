# shellcheck shell=bash
# benches/token.sh: an access token from a sandbox, got as an independent client would get it:
# an ES256 client assertion that openssl signs (the DER signature turned into JWS r||s), posted
# with curl. Sourced by benches/sandbox.sh and benches/sync.sh.

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# sandbox_token KID CLIENT KEY TOKEN_URL: prints the access token (nothing when refused).
sandbox_token() {
  local kid=$1 client=$2 key=$3 token_url=$4 now header claims signature
  now=$(date +%s)
  header=$(printf '{"alg":"ES256","kid":"%s","typ":"JWT"}' "$kid" | b64url)
  claims=$(printf '{"iss":"%s","sub":"%s","aud":"https://account.apple.com/auth/oauth2/v2/token","iat":%d,"exp":%d,"jti":"%s"}' \
    "$client" "$client" "$now" $((now + 900)) "$(cat /proc/sys/kernel/random/uuid)" | b64url)
  signature=$(printf '%s.%s' "$header" "$claims" | openssl dgst -sha256 -sign "$key" |
    python3 -c '
import sys, base64
der = sys.stdin.buffer.read()
def integer(b, i):
    assert b[i] == 2
    n = b[i + 1]
    return int.from_bytes(b[i + 2:i + 2 + n], "big"), i + 2 + n
r, i = integer(der, 2)
s, _ = integer(der, i)
raw = r.to_bytes(32, "big") + s.to_bytes(32, "big")
print(base64.urlsafe_b64encode(raw).decode().rstrip("="))')
  curl -sf "$token_url" \
    -d grant_type=client_credentials -d "client_id=$client" \
    -d client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer \
    -d "client_assertion=$header.$claims.$signature" -d scope=business.api |
    jq -r .access_token
}
