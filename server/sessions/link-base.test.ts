import { describe, expect, it } from "vitest";
import type { NetworkInterfaceInfo } from "node:os";
import { LINK_HOST_COOKIE, linkHostCookie, linkHostFrom } from "@/lib/protocol/link-host";
import { isLoopbackHost, lanAddresses, linkBase, requestLinkBase } from "./link-base";

const nic = (address: string, internal = false, family: "IPv4" | "IPv6" = "IPv4"): NetworkInterfaceInfo =>
  ({ address, internal, family, netmask: "255.255.255.0", mac: "00:00:00:00:00:00", cidr: null }) as NetworkInterfaceInfo;

const classroom = { lo: [nic("127.0.0.1", true), nic("::1", true, "IPv6")], wlan0: [nic("192.168.1.20"), nic("fe80::1", false, "IPv6")] };

describe("links phones can reach", () => {
  it("a loopback request gets the machine's LAN address, port kept", () => {
    for (const host of ["localhost:3000", "127.0.0.1:3000", "[::1]:3000"]) {
      const base = linkBase({ host, proto: "http", interfaces: classroom });
      expect(base).toMatchObject({ base: "http://192.168.1.20:3000", source: "lan", candidates: ["192.168.1.20"], loopbackOnly: false });
    }
  });

  it("a request on a real host keeps it", () => {
    expect(linkBase({ host: "10.0.0.5:3000", proto: "http", interfaces: classroom })).toMatchObject({
      base: "http://10.0.0.5:3000",
      source: "request",
    });
  });

  it("PUBLIC_URL wins over everything", () => {
    expect(linkBase({ host: "localhost:3000", proto: "http", publicUrl: "https://mun.example.org/", interfaces: classroom })).toMatchObject(
      {
        base: "https://mun.example.org",
        source: "public-url",
      },
    );
  });

  it("several interfaces: private ranges first, and the chair's pick is honoured only if it is one of them", () => {
    const two = { eth0: [nic("203.0.113.7")], wlan0: [nic("10.1.2.3")], docker0: [nic("172.17.0.1")] };
    expect(lanAddresses(two)).toEqual(["10.1.2.3", "172.17.0.1", "203.0.113.7"]);
    expect(linkBase({ host: "localhost:3000", proto: "http", interfaces: two }).base).toBe("http://10.1.2.3:3000");
    expect(linkBase({ host: "localhost:3000", proto: "http", interfaces: two, preferred: "172.17.0.1" }).base).toBe(
      "http://172.17.0.1:3000",
    );
    expect(linkBase({ host: "localhost:3000", proto: "http", interfaces: two, preferred: "evil.example" }).base).toBe(
      "http://10.1.2.3:3000",
    );
  });

  it("no LAN address, or a server listening on loopback only: the links stay, with a warning", () => {
    expect(linkBase({ host: "localhost:3000", proto: "http", interfaces: { lo: [nic("127.0.0.1", true)] } })).toMatchObject({
      base: "http://localhost:3000",
      loopbackOnly: true,
    });
    expect(linkBase({ host: "localhost:3000", proto: "http", interfaces: classroom, listenHost: "127.0.0.1" })).toMatchObject({
      base: "http://localhost:3000",
      loopbackOnly: true,
    });
    expect(linkBase({ host: "localhost:3000", proto: "http", interfaces: classroom, listenHost: "0.0.0.0" }).source).toBe("lan");
  });

  it("recognises loopback hosts", () => {
    expect(["localhost", "LOCALHOST", "127.0.0.1", "127.1.2.3", "[::1]", "app.localhost"].every(isLoopbackHost)).toBe(true);
    expect(["192.168.1.2", "example.org", "localhost.example.org"].some(isLoopbackHost)).toBe(false);
  });
});

describe("the chair's pick, remembered for the computer's other pages (LINK_HOST_COOKIE)", () => {
  const two = { wlan0: [nic("10.1.2.3")], eth1: [nic("192.168.50.4")] };
  const request = (cookie?: string) => ({ headers: { host: "localhost:3000", ...(cookie && { cookie }) } });

  it("a page that passes no ?host= (the projector's join code) gets the address the chair picked", () => {
    expect(requestLinkBase(request(), undefined, undefined, two).base).toBe("http://10.1.2.3:3000");
    const picked = request(`NEXT_LOCALE=fr; ${linkHostCookie("192.168.50.4").split(";")[0]}`);
    expect(requestLinkBase(picked, undefined, undefined, two)).toMatchObject({ base: "http://192.168.50.4:3000", host: "192.168.50.4" });
  });

  it("?host= (the pick being made) wins over the cookie; a host that is not one of the machine's is ignored", () => {
    const url = new URL("http://localhost:3000/api/sessions/x/links?host=10.1.2.3");
    expect(requestLinkBase(request(`${LINK_HOST_COOKIE}=192.168.50.4`), url, undefined, two).base).toBe("http://10.1.2.3:3000");
    for (const cookie of [`${LINK_HOST_COOKIE}=evil.example`, `${LINK_HOST_COOKIE}=%E0%A4%A`, `${LINK_HOST_COOKIE}=`])
      expect(requestLinkBase(request(cookie), undefined, undefined, two).base).toBe("http://10.1.2.3:3000");
  });

  it("the cookie round-trips through its parser", () => {
    expect(linkHostFrom(`a=1; ${linkHostCookie("192.168.50.4").split(";")[0]}; b=2`)).toBe("192.168.50.4");
    expect(linkHostFrom(undefined)).toBeUndefined();
    expect(linkHostFrom("other-hemicycle-link-host=10.0.0.1")).toBeUndefined();
  });
});
