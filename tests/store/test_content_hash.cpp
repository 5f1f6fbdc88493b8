// The content hash is SHA-256: checked against the standard's test vectors, so that a hash
// written today can be recomputed by any other tool (sha256sum) later.

#include "store/ContentHash.h"
#include "store/StoreTestFiles.h"

#include <doctest/doctest.h>

using namespace rapport::store;

TEST_CASE("SHA-256 gives the FIPS 180-4 test vectors") {
    CHECK(sha256Hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK(sha256Hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    // 56 bytes: the padding needs a second block.
    CHECK(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
          "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    CHECK(sha256Hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("a file's content hash changes with one byte and is none for a missing file") {
    const auto dir = rapport::test::storeScratch("hash");
    std::ofstream(dir / "a.json") << "{\"id\": \"a\"}";
    std::ofstream(dir / "b.json") << "{\"id\": \"b\"}";
    const auto a = fileContentHash(dir / "a.json");
    REQUIRE(a);
    CHECK(*a == sha256Hex("{\"id\": \"a\"}"));
    CHECK(*fileContentHash(dir / "b.json") != *a);
    CHECK_FALSE(fileContentHash(dir / "missing.json"));
    std::filesystem::remove_all(dir);
}
