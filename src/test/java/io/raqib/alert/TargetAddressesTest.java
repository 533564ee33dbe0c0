package io.raqib.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The webhook target rules as a service without an allow-list applies them (the default), with the
 * JDK's own resolver: literals, localhost, and number tricks that reach this machine.
 */
class TargetAddressesTest {
    static final TargetAddresses DEFAULT = new TargetAddresses(List.of(), InetAddress::getAllByName);

    /** The host as written (java.net.URI gives none for some number forms; the service refuses those already). */
    static String host(String url) {
        URI uri = URI.create(url);
        return uri.getHost() != null ? uri.getHost() : uri.getRawAuthority().replaceFirst(":[0-9]+$", "");
    }

    @Test
    void loopbackPrivateLinkLocalMetadataAndMulticastAreRefusedWhateverTheForm() {
        Map<String, String> refused = Map.ofEntries(
                Map.entry("http://127.0.0.1:8080/hook", "loopback"),
                Map.entry("http://127.45.1.9/", "loopback"),
                Map.entry("http://localhost:9000/hook", "loopback"),
                Map.entry("http://[::1]/", "loopback"),
                Map.entry("http://[0:0:0:0:0:0:0:1]/", "loopback"),
                Map.entry("http://[::ffff:127.0.0.1]/", "loopback"),
                Map.entry("http://[::ffff:7f00:1]/", "loopback"),
                Map.entry("http://[64:ff9b::7f00:1]/", "loopback"),
                Map.entry("http://[2002:7f00:1::]/", "loopback"),
                Map.entry("http://10.1.2.3/", "private"),
                Map.entry("http://172.16.0.1/", "private"),
                Map.entry("http://172.31.255.254/", "private"),
                Map.entry("http://192.168.1.10/", "private"),
                Map.entry("http://[::ffff:192.168.1.10]/", "private"),
                Map.entry("http://[fc00::1]/", "private"),
                Map.entry("http://[fd00:ec2::254]/", "private"),
                Map.entry("http://169.254.169.254/latest/meta-data/", "link-local"),
                Map.entry("http://[fe80::1]/", "link-local"),
                Map.entry("http://100.100.100.200/", "shared"),
                Map.entry("http://224.0.0.251/", "multicast"),
                Map.entry("http://[ff02::1]/", "multicast"),
                Map.entry("http://0.0.0.0/", "unspecified"),
                Map.entry("http://[::]/", "unspecified"),
                Map.entry("http://255.255.255.255/", "reserved"));
        refused.forEach((url, kind) -> {
            assertThat(DEFAULT.refusalOnSubscribe(host(url))).as(url).hasValueSatisfying(why ->
                    assertThat(why).contains(kind));
            assertThat(DEFAULT.refusalOnDelivery(host(url))).as(url).isPresent();
        });
    }

    @Test
    void numbersThatAreNotPlainDottedAddressesAreRefused() {
        for (String url : List.of("http://2130706433/", "http://0177.0.0.1/", "http://0x7f000001/", "http://017700000001/",
                "http://127.000.000.001/", "http://3232235777/", "http://8.8.8.8.8/", "http://1.2.3.256/")) {
            assertThat(DEFAULT.refusalOnSubscribe(host(url))).as(url)
                    .hasValueSatisfying(why -> assertThat(why).contains("not a plain dotted IPv4"));
        }
        assertThat(TargetAddresses.ambiguousNumber("8.8.8.8")).isFalse();
        assertThat(TargetAddresses.ambiguousNumber("desk.example.org")).isFalse();
        assertThat(TargetAddresses.ambiguousNumber("dead.beef")).isFalse();
        assertThat(TargetAddresses.ambiguousNumber("0x7f.0.0.1")).isTrue();
    }

    @Test
    void publicAddressesPass() {
        for (String url : List.of("https://8.8.8.8/hook", "http://93.184.216.34:8080/", "https://[2001:4860:4860::8888]/",
                "http://172.32.0.1/", "http://172.15.255.255/", "http://192.169.0.1/", "http://[::ffff:8.8.4.4]/",
                "http://100.63.255.255/", "http://11.0.0.1/")) {
            assertThat(DEFAULT.refusalOnSubscribe(host(url))).as(url).isEmpty();
            assertThat(DEFAULT.refusalOnDelivery(host(url))).as(url).isEmpty();
        }
    }

    @Test
    void aNameIsJudgedByEveryAddressItResolvesToAndAnUnknownOneOnlyAtDelivery() {
        TargetAddresses.Resolver rebinding = name -> new InetAddress[] {InetAddress.getByName("93.184.216.34"),
                InetAddress.getByName("10.0.0.7")};
        TargetAddresses twoAnswers = new TargetAddresses(List.of(), rebinding);
        assertThat(twoAnswers.refusalOnDelivery("desk.example.org")).hasValueSatisfying(why ->
                assertThat(why).contains("10.0.0.7").contains("private"));

        TargetAddresses nothing = new TargetAddresses(List.of(), name -> {
            throw new UnknownHostException(name);
        });
        assertThat(nothing.refusalOnSubscribe("hooks.not-yet-set-up.example")).isEmpty();
        assertThat(nothing.refusalOnDelivery("hooks.not-yet-set-up.example")).hasValueSatisfying(why ->
                assertThat(why).contains("does not resolve"));
    }

    @Test
    void anAllowListLetsItsNetworksThroughAndNoOthers() {
        TargetAddresses cluster = new TargetAddresses(List.of("10.20.0.0/16", "127.0.0.1/32", "fd12:3456::/32"),
                InetAddress::getAllByName);
        assertThat(cluster.refusalOnSubscribe("10.20.3.4")).isEmpty();
        assertThat(cluster.refusalOnSubscribe("127.0.0.1")).isEmpty();
        assertThat(cluster.refusalOnSubscribe("localhost")).isEmpty();
        assertThat(cluster.refusalOnSubscribe("[fd12:3456::9]")).isEmpty();
        assertThat(cluster.refusalOnSubscribe("10.21.0.1")).isPresent();
        assertThat(cluster.refusalOnSubscribe("127.0.0.2")).isPresent();
        assertThat(cluster.refusalOnSubscribe("[::1]")).isPresent();
        assertThat(cluster.refusalOnSubscribe("169.254.169.254")).isPresent();
        assertThatThrownBy(() -> new TargetAddresses(List.of("intranet.local/8"), InetAddress::getAllByName))
                .hasMessageContaining("CIDR");
        assertThatThrownBy(() -> new TargetAddresses(List.of("10.0.0.0/33"), InetAddress::getAllByName))
                .hasMessageContaining("CIDR");
    }
}
