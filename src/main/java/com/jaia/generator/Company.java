package com.jaia.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The synthetic company behind a ledger: departments, users with positions and approval limits, and vendors (a few of
 * them related parties). Made from the seed, so a ledger and its master files always agree.
 */
final class Company {

    record Department(String code, String name, String nameEn, String parent, String costCenter) {
    }

    record User(String id, String name, String nameEn, String deptCode, String position, long approvalLimit,
            boolean active, boolean canApprove, String role) {
    }

    record Vendor(String code, String name, String nameEn, String type, boolean relatedParty) {
    }

    private static final String[][] DEPARTMENTS = { { "D100", "経営企画部", "Corporate Planning", "", "CC100" },
            { "D200", "経理部", "Accounting", "D100", "CC200" }, { "D210", "財務部", "Finance", "D100", "CC210" },
            { "D300", "営業第一部", "Sales Division 1", "D100", "CC300" },
            { "D310", "営業第二部", "Sales Division 2", "D100", "CC310" },
            { "D400", "購買部", "Purchasing", "D100", "CC400" }, { "D500", "製造部", "Manufacturing", "D100", "CC500" },
            { "D600", "人事部", "Human Resources", "D100", "CC600" },
            { "D700", "総務部", "General Affairs", "D100", "CC700" },
            { "D800", "情報システム部", "Information Systems", "D100", "CC800" } };

    /** The first users hold these positions, so every ledger has approvers at every level. */
    private static final String[] FIXED_POSITIONS = { "CFO", "取締役", "部長", "部長", "課長", "課長", "課長", "主任",
            "主任", "主任" };

    final List<Department> departments;
    final List<User> users;
    final List<Vendor> vendors;
    final List<User> preparers = new ArrayList<>();
    /** Active users who may approve, lowest limit first. */
    final List<User> approvers = new ArrayList<>();
    final List<Vendor> customers = new ArrayList<>();
    final List<Vendor> suppliers = new ArrayList<>();
    final List<Vendor> affiliates = new ArrayList<>();

    private Company(List<Department> departments, List<User> users, List<Vendor> vendors) {
        this.departments = departments;
        this.users = users;
        this.vendors = vendors;
        for (User user : users) {
            if (user.active() && (user.position().equals("担当者") || user.position().equals("主任"))) {
                preparers.add(user);
            }
            if (user.active() && user.canApprove()) {
                approvers.add(user);
            }
        }
        approvers.sort(Comparator.comparingLong(User::approvalLimit));
        for (Vendor vendor : vendors) {
            (vendor.relatedParty() ? affiliates : vendor.type().equals("customer") ? customers : suppliers).add(vendor);
        }
    }

    static Company create(long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        List<Department> departments = new ArrayList<>();
        for (String[] d : DEPARTMENTS) {
            departments.add(new Department(d[0], d[1], d[2], d[3], d[4]));
        }
        return new Company(departments, users(random), vendors(random));
    }

    private static List<User> users(SplittableRandom random) {
        int count = 30 + random.nextInt(51);
        List<User> users = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String position = i <= FIXED_POSITIONS.length ? FIXED_POSITIONS[i - 1] : randomPosition(random);
            long limit = approvalLimit(position);
            String dept = i <= 2 ? "D100" : DEPARTMENTS[random.nextInt(DEPARTMENTS.length)][0];
            String[] surname = Names.SURNAMES[random.nextInt(Names.SURNAMES.length)];
            String[] given = Names.GIVEN_NAMES[random.nextInt(Names.GIVEN_NAMES.length)];
            boolean active = i < count - 1 || random.nextBoolean();
            String role = limit == 0 ? "preparer" : i <= 2 ? "executive" : "approver";
            users.add(new User(String.format("U%03d", i), surname[0] + " " + given[0], given[1] + " " + surname[1],
                    dept, position, limit, active, limit > 0, role));
        }
        return users;
    }

    private static String randomPosition(SplittableRandom random) {
        double roll = random.nextDouble();
        return roll < 0.05 ? "部長" : roll < 0.17 ? "課長" : roll < 0.32 ? "主任" : "担当者";
    }

    static long approvalLimit(String position) {
        return switch (position) {
            case "CFO" -> 1_000_000_000L;
            case "取締役" -> 300_000_000L;
            case "部長" -> 50_000_000L;
            case "課長" -> 10_000_000L;
            case "主任" -> 1_000_000L;
            default -> 0L;
        };
    }

    private static List<Vendor> vendors(SplittableRandom random) {
        int count = 100 + random.nextInt(101);
        List<Vendor> vendors = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            boolean related = i <= 4;
            String type = related ? "affiliate" : random.nextInt(5) < 2 ? "customer" : "supplier";
            String[] place = Names.PLACES[random.nextInt(Names.PLACES.length)];
            String[] trade = Names.TRADES[random.nextInt(Names.TRADES.length)];
            String name = (related ? place[0] + trade[0] + "ホールディングス" : place[0] + trade[0]);
            String nameEn = place[1] + " " + trade[1] + (related ? " Holdings" : "") + " Co., Ltd.";
            vendors.add(new Vendor(String.format("V%04d", i), "株式会社" + name, nameEn, type, related));
        }
        return vendors;
    }

}
