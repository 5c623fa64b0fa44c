package vn.cds.teams.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The officer pages in a real browser: Debian's Chromium, headless, on a phone-sized window (360 px), driven through
 * its chromedriver (paths from {@code cds.chromium} and {@code webdriver.chrome.driver}; nothing is downloaded).
 * Walks the module's whole scenario through the pages only: a commune officer drafts a team with members, the chairman
 * establishes it, a join request goes through, a member leaves by request, a monthly report is submitted, returned
 * and accepted, the district officer consolidates and downloads the PDF. Every page is saved as a PNG in {@code target/screenshots/} for a person to look at.
 */
class OfficerPagesIT extends SampleDataIT {

    /** The month reported, consolidated and downloaded here. */
    static final YearMonth PERIOD = YearMonth.of(2021, 3);
    static final String CAMPAIGN = "Đợt thử trang cán bộ " + PERIOD;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final AtomicInteger SHOTS = new AtomicInteger();
    static final int PHONE_WIDTH = PhoneBrowser.WIDTH;

    PhoneBrowser phone;
    ChromeDriver browser;

    /** A failed test leaves the page it failed on, runs before the browser is closed. */
    @RegisterExtension
    final AfterTestExecutionCallback onFailure = context -> context.getExecutionException().ifPresent(e -> {
        if (browser != null) {
            System.out.println("Page at failure: " + browser.getCurrentUrl() + "\n" + text("body"));
            savePage("failed-" + context.getRequiredTestMethod().getName());
        }
    });
    WebDriverWait wait;
    Path downloads;

    @BeforeAll
    static void screenshotsFolder() throws IOException {
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void startBrowser() throws IOException {
        downloads = Files.createTempDirectory(Path.of("target"), "downloads-");
        phone = PhoneBrowser.open("officer-pages", downloads);
        browser = phone.driver;
        wait = phone.wait;
    }


    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theFirstPageIsLightAndFitsAPhone() {
        browser.get(api.uri("ui/").toString());
        heading("Đăng nhập");
        assertFalse(browser.findElement(By.id("logout")).isDisplayed(), "no log-out before a login");
        long loginBytes = phone.transferredBytes();
        login("vanho.canbo");
        heading("Xin chào, vanho.canbo");
        long bytes = phone.transferredBytes();
        System.out.printf("Officer pages: login page %d bytes, with the home page %d bytes transferred%n",
                loginBytes, bytes);
        assertTrue(loginBytes > 0, "the performance API saw the files");
        assertTrue(bytes < 300_000, bytes + " bytes");
        assertEquals(PHONE_WIDTH, ((Number) script("return window.innerWidth")).intValue());
        assertFalse((Boolean) script("return document.documentElement.scrollWidth > window.innerWidth"),
                "nothing wider than the phone");
        assertEquals("vi", script("return document.documentElement.lang"));
        String policy = api.get(null, "ui/app.js").header("Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self'") && !policy.contains("unsafe"), policy);

        // English and back, every label from the bundle.
        browser.findElement(By.id("language")).click();
        heading("Hello, vanho.canbo");
        assertTrue(text("#tasks").contains("Monthly report"));
        assertEquals("en", script("return document.documentElement.lang"));
        screenshot("home-english");
        browser.findElement(By.id("language")).click();
        heading("Xin chào, vanho.canbo");
        assertTrue(text("#tasks").contains("Báo cáo tháng"));

        // A wrong password is said in words next to the field.
        browser.findElement(By.id("logout")).click();
        heading("Đăng nhập");
        browser.findElement(By.name("user")).sendKeys("vanho.canbo");
        browser.findElement(By.name("password")).sendKeys("sai", Keys.ENTER);
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
        assertEquals("Sai tên đăng nhập hoặc mật khẩu.", error.getText());
        assertEquals("true", browser.findElement(By.name("password")).getAttribute("aria-invalid"));
        screenshot("login-refused");

        // A team leader: their team and its requests, no monthly reports, consolidation or import.
        browser.navigate().refresh();
        login("vanho.ban1.totruong");
        assertEquals(List.of("Các Tổ CĐS", "Đơn gia nhập, rời Tổ", "Tải biểu mẫu"),
                browser.findElements(By.cssSelector("#tasks a")).stream().map(WebElement::getText).toList());
        tap("Các Tổ CĐS");
        heading("Các Tổ CĐS");
        assertEquals(1, browser.findElements(By.cssSelector(".teams > li")).size(), text("main"));
        assertTrue(browser.findElements(By.id("new-team")).isEmpty());
        screenshot("teams-team-leader");
    }

    @Test
    void officersDoTheirWholeJobInThePages() throws Exception {
        // A village of Xuân Nha made here: its team is drafted here.
        String village = "04057-T1";
        String villageName = "Bản Thử Giao Diện " + village.substring(7);
        assertEquals(201, api.post("admin", "api/v1/units", "{\"code\":\"" + village + "\",\"name\":\"" + villageName
                + "\",\"level\":\"VILLAGE\",\"parentCode\":\"04057\"}").status());
        String teamName = "Tổ CĐS " + villageName;
        // The district's campaign for this month: once any campaign covers a district, its communes owe reports only
        // in campaign months (R13).
        assertEquals(201, api.post("sonla.so", "api/v1/campaigns", "{\"unitCode\":\"128\",\"name\":\"" + CAMPAIGN
                + "\",\"startsOn\":\"" + PERIOD.atDay(1) + "\",\"endsOn\":\"" + PERIOD.atEndOfMonth() + "\"}").status());

        // The commune officer drafts the team with its members.
        browser.get(api.uri("ui/").toString());
        login("xuannha.canbo");
        heading("Xin chào, xuannha.canbo");
        assertTrue(text("#jurisdiction").contains("Xã: Xã Xuân Nha (04057)"), text("#jurisdiction"));
        assertTrue(text("#roles").contains("Cán bộ xã"));
        assertFalse(text("#tasks").contains("Tổng hợp báo cáo"), "no consolidation for a commune officer");
        screenshot("home-commune-officer");
        tap("Các Tổ CĐS");
        heading("Các Tổ CĐS");
        assertTrue(text("section[data-unit='04057']").matches("(?s).*Tổ cấp bản: \\d+ / tối thiểu \\d+.*"));
        screenshot("teams-commune-officer");
        new Select(browser.findElement(By.cssSelector("#new-team [name='unitCode']"))).selectByValue(village);
        browser.findElement(By.cssSelector("#new-team [name='name']")).sendKeys(teamName);
        browser.findElement(By.cssSelector("#new-team [name='zaloGroupUrl']")).sendKeys("https://zalo.me/g/thu" + village.substring(7));
        browser.findElement(By.cssSelector("#new-team button[type='submit']")).click();
        heading(teamName);
        assertTrue(text("#team-status").contains("Dự thảo"));
        assertTrue(text("#team-status").contains("Chưa đủ thành viên"), "R4: incomplete until five members");
        assertTrue(browser.findElements(By.id("establish")).isEmpty(), "the commune officer records no decision");

        // The API's field error appears next to the phone.
        addMember("Lò Văn Mẫu Một", "12345", "LEADER");
        WebElement phoneField = browser.findElement(By.cssSelector("#add-member [name='phone']")).findElement(By.xpath(".."));
        WebElement phoneError = wait.until(d -> phoneField.findElements(By.className("field-error")).stream()
                .findFirst().orElse(null));
        assertFalse(phoneError.getText().isBlank(), "the API's message, next to the phone");
        assertEquals("true", browser.findElement(By.cssSelector("#add-member [name='phone']")).getAttribute("aria-invalid"));
        screenshot("team-member-error");
        String phones = "20000";
        List<String[]> members = List.of(new String[] {"Lò Văn Mẫu Một", "LEADER"},
                new String[] {"Đinh Thị Mẫu Hai", "DEPUTY"}, new String[] {"Bùi Văn Mẫu Ba", "MEMBER"},
                new String[] {"Hà Thị Mẫu Bốn", "MEMBER"}, new String[] {"Ánh Văn Mẫu Năm", "MEMBER"});
        for (int i = 0; i < members.size(); i++) {
            browser.findElement(By.cssSelector("#add-member [name='fullName']")).clear();
            browser.findElement(By.cssSelector("#add-member [name='phone']")).clear();
            addMember(members.get(i)[0], "0900" + phones + i, members.get(i)[1]);
            int count = i + 1;
            wait.until(d -> d.findElements(By.cssSelector("#members > li")).size() == count);
        }
        assertFalse(text("#team-status").contains("Chưa đủ thành viên"));
        // Leader first, then deputy, then members in Vietnamese order (Á before B before H).
        List<String> names = browser.findElements(By.cssSelector("#members > li strong")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Lò Văn Mẫu Một", "Đinh Thị Mẫu Hai", "Ánh Văn Mẫu Năm", "Bùi Văn Mẫu Ba",
                "Hà Thị Mẫu Bốn"), names);
        screenshot("team-draft");

        // The district officer reads it and sees nothing to edit.
        switchUser("vanho.phong");
        tap("Các Tổ CĐS");
        heading("Các Tổ CĐS");
        assertTrue(browser.findElements(By.id("new-team")).isEmpty());
        screenshot("teams-district-officer");
        // A district's list comes a page at a time (here five teams a page) and is searched by name, accents and
        // tone marks left out.
        script("location.hash = '#/teams?size=5'");
        wait.until(d -> text("section .count").contains("trang 1/"));
        List<String> firstPage = teamIds();
        assertEquals(5, firstPage.size());
        assertTrue(browser.findElements(By.cssSelector(".pager a[rel='prev']")).isEmpty());
        browser.findElement(By.cssSelector(".pager a[rel='next']")).click();
        wait.until(d -> text("section .count").contains("trang 2/"));
        assertFalse(teamIds().stream().anyMatch(firstPage::contains), "page 2 is other teams");
        WebElement search = browser.findElement(By.cssSelector("#team-search [name='q']"));
        search.sendKeys("ban thu giao dien " + village.substring(7), Keys.ENTER);
        wait.until(d -> text("section .count").startsWith("1 Tổ có tên chứa"));
        assertEquals(List.of(teamName), texts("section .teams > li > a"));
        screenshot("teams-search");
        tap(teamName);
        heading(teamName);
        assertTrue(browser.findElements(By.cssSelector("#edit-team, #add-member, .remove-member, #establish"))
                .isEmpty(), "no draft editing and no decision for the district officer");

        // The chairman establishes it; a malformed date is refused next to the field.
        switchUser("xuannha.chutich");
        tap("Các Tổ CĐS");
        openTeam(teamName);
        assertTrue(browser.findElements(By.cssSelector("#edit-team, #add-member")).isEmpty());
        browser.findElement(By.cssSelector("#establish [name='decisionNumber']")).sendKeys("125/QĐ-UBND");
        browser.findElement(By.cssSelector("#establish [name='decisionDate']")).sendKeys("31/02/2022");
        browser.findElement(By.cssSelector("#establish [name='signer']")).sendKeys("Chủ tịch Mẫu");
        browser.findElement(By.cssSelector("#establish button[type='submit']")).click();
        assertEquals("Nhập ngày dạng dd/MM/yyyy, ví dụ 05/07/2022.", wait.until(ExpectedConditions
                .visibilityOfElementLocated(By.cssSelector("#establish .field-error"))).getText());
        screenshot("team-establish-error");
        browser.findElement(By.cssSelector("#establish [name='decisionDate']")).clear();
        browser.findElement(By.cssSelector("#establish [name='decisionDate']")).sendKeys("05/07/2022");
        browser.findElement(By.cssSelector("#establish button[type='submit']")).click();
        wait.until(d -> text("#team-status").contains("Đã thành lập"));
        assertEquals("Số 125/QĐ-UBND ngày 05/07/2022, Chủ tịch Mẫu ký", text("#decision"));
        assertEquals("https://zalo.me/g/thu" + village.substring(7), text("#zalo"));
        assertTrue(browser.findElements(By.id("establish")).isEmpty());
        screenshot("team-established");

        // A join request: filed and endorsed (for the leader) by the commune officer, approved by the chairman.
        switchUser("xuannha.canbo");
        tap("Các Tổ CĐS");
        openTeam(teamName);
        String applicant = "Vi Thị Mẫu Gia Nhập";
        browser.findElement(By.cssSelector("#join-request [name='fullName']")).sendKeys(applicant);
        browser.findElement(By.cssSelector("#join-request [name='phone']")).sendKeys("0901" + phones + "9");
        new Select(browser.findElement(By.cssSelector("#join-request [name='profession']"))).selectByValue("TEACHER");
        browser.findElement(By.cssSelector("#join-request [name='reason']")).sendKeys("Giáo viên sống ở bản");
        screenshot("team-join-request");
        browser.findElement(By.cssSelector("#join-request button[type='submit']")).click();
        heading("Đơn gia nhập, rời Tổ");
        WebElement request = requestCard(applicant);
        assertTrue(request.getText().contains("Mới nộp"));
        assertFalse(request.findElements(By.cssSelector(".endorse button")).isEmpty());
        assertTrue(browser.findElements(By.cssSelector(".approve")).isEmpty(), "no approve button for the officer");
        screenshot("requests-commune-officer");
        decide(request, "endorse");

        requestsAs("xuannha.chutich");
        request = requestCard(applicant);
        assertTrue(request.getText().contains("Tổ trưởng đã đề nghị"));
        assertTrue(request.getText().contains("Cán bộ xã đề nghị thay Tổ trưởng"));
        assertTrue(browser.findElements(By.cssSelector(".endorse")).isEmpty(), "the chairman endorses nothing");
        screenshot("requests-chairman");
        decide(request, "approve");
        new Select(browser.findElement(By.name("state"))).selectByValue("APPROVED");
        assertTrue(requestCard(applicant).getText().contains("Đã phê duyệt"));
        screenshot("requests-approved");
        backToTeam(teamName);
        assertTrue(text("#members").contains(applicant), "the approved applicant is a member");
        assertTrue(browser.findElements(By.cssSelector(".leave-request")).isEmpty(), "the chairman files no requests");

        // R8: the commune officer files a leave request for the new member; the applicant changes their mind (the
        // officer records the withdrawal); a second request goes through the leader's step and the chairman's.
        switchUser("xuannha.canbo");
        tap("Các Tổ CĐS");
        openTeam(teamName);
        fileLeaveRequest(applicant, "Chuyển công tác");
        request = requestCard(applicant);
        assertTrue(request.getText().contains("Rời Tổ") && request.getText().contains("Mới nộp"), request.getText());
        decide(request, "withdraw");
        new Select(browser.findElement(By.name("state"))).selectByValue("WITHDRAWN");
        assertTrue(requestCard(applicant).getText().contains("Đã rút"));
        backToTeam(teamName);
        fileLeaveRequest(applicant, "Chuyển công tác về xã khác");
        request = requestCard(applicant);
        decide(request, "endorse");
        requestsAs("xuannha.chutich");
        request = requestCard(applicant);
        assertTrue(request.getText().contains("Rời Tổ") && request.getText().contains("Tổ trưởng đã đề nghị"));
        assertTrue(request.findElements(By.cssSelector(".withdraw")).isEmpty(), "the chairman records no withdrawal");
        decide(request, "approve");
        backToTeam(teamName);
        WebElement left = memberCard(applicant);
        assertTrue(left.getText().contains("Đã rời Tổ ngày"), "the member who left keeps their history: "
                + left.getText());

        // The commune officer writes and submits the month's report; it is late (a past month) and says so.
        switchUser("vanho.canbo");
        tap("Báo cáo tháng");
        heading("Báo cáo tháng");
        String month = String.format("%02d/%d", PERIOD.getMonthValue(), PERIOD.getYear());
        WebElement periodInput = browser.findElement(By.cssSelector("#chooser [name='period']"));
        periodInput.clear();
        periodInput.sendKeys(month, Keys.ENTER);
        wait.until(d -> text("h2").contains("Báo cáo tháng " + month + " của Xã Vân Hồ"));
        assertTrue(text("#report-status").contains("Chưa lập"));
        List<WebElement> values = browser.findElements(By.cssSelector("#report-form [name^='values.']"));
        assertTrue(values.size() >= 7, "the directive's seven indicators");
        assertEquals(List.of("Chính quyền số", "Kinh tế số", "Xã hội số", "Tuyên truyền"),
                browser.findElements(By.cssSelector("#report-form legend")).stream().map(WebElement::getText).toList());
        values.get(0).sendKeys("1.234");
        values.get(1).sendKeys("mười");
        browser.findElement(By.cssSelector("#report-form [name='notes']")).sendKeys("Thiếu điện thoại thông minh.");
        browser.findElement(By.id("add-commendation")).click();
        browser.findElement(By.cssSelector(".commendation [name='nominee']")).sendKeys("Bùi Văn Mẫu Ba");
        browser.findElement(By.cssSelector(".commendation [name='achievement']")).sendKeys("Hướng dẫn 50 hộ");
        browser.findElement(By.cssSelector("#report-form button[name='submit']")).click();
        assertEquals("Nhập một số nguyên không âm.", wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#report-form .field-error"))).getText());
        screenshot("report-error");
        values.get(1).clear();
        values.get(1).sendKeys("12");
        browser.findElement(By.cssSelector("#report-form button[name='submit']")).click();
        wait.until(d -> text("#report-status").contains("Đã nộp, chờ tiếp nhận"));
        assertEquals("Nộp muộn", text("#late"));
        assertTrue(text("main").contains("1.234"), "numbers with Vietnamese separators");
        assertTrue(text("main").contains("Bùi Văn Mẫu Ba (Cá nhân)"));
        assertTrue(browser.findElements(By.cssSelector("#report-form, #accept, #return")).isEmpty(),
                "submitted: nothing to edit, and the commune decides nothing");
        screenshot("report-submitted");

        // The district officer sees the report with its decision buttons, then consolidates and downloads.
        switchUser("vanho.phong");
        assertTrue(text("#tasks").contains("Tổng hợp báo cáo"));
        browser.get(api.uri("ui/").toString() + "#/report?unit=04048&period=" + PERIOD);
        wait.until(d -> text("#report-status").contains("Đã nộp"));
        assertFalse(browser.findElements(By.id("accept")).isEmpty());
        assertTrue(browser.findElements(By.id("report-form")).isEmpty(), "the district writes no commune report");
        screenshot("report-district-officer");
        // It goes back to the commune with a reason, is corrected and submitted again, and the district accepts it.
        browser.findElement(By.cssSelector("#return [name='reason']")).sendKeys("Thiếu số buổi tuyên truyền");
        browser.findElement(By.cssSelector("#return button")).click();
        wait.until(d -> text("#report-status").contains("Bị trả lại"));
        assertTrue(browser.findElements(By.id("accept")).isEmpty(), "nothing to decide on a returned report");
        switchUser("vanho.canbo");
        browser.get(api.uri("ui/").toString() + "#/report?unit=04048&period=" + PERIOD);
        wait.until(d -> text("#returned").equals("Báo cáo bị trả lại: Thiếu số buổi tuyên truyền"));
        values = browser.findElements(By.cssSelector("#report-form [name^='values.']"));
        values.get(values.size() - 1).clear();
        values.get(values.size() - 1).sendKeys("3");
        screenshot("report-returned");
        browser.findElement(By.cssSelector("#report-form button[name='submit']")).click();
        wait.until(d -> text("#report-status").contains("Đã nộp, chờ tiếp nhận"));
        switchUser("vanho.phong");
        browser.get(api.uri("ui/").toString() + "#/report?unit=04048&period=" + PERIOD);
        wait.until(d -> text("#report-status").contains("Đã nộp"));
        browser.findElement(By.cssSelector("#accept button")).click();
        wait.until(d -> text("#report-status").contains("Đã được tiếp nhận"));
        assertTrue(text("#report-status").contains("vanho.phong"), "who accepted it, and when");
        assertTrue(browser.findElements(By.cssSelector("#accept, #return")).isEmpty(), "decided once");
        tap("Trang chủ");
        tap("Tổng hợp báo cáo");
        heading("Tổng hợp báo cáo");
        periodInput = browser.findElement(By.cssSelector("#chooser [name='period']"));
        periodInput.clear();
        periodInput.sendKeys(month, Keys.ENTER);
        wait.until(d -> text("h2").contains("Vân Hồ (128) · " + month));
        wait.until(d -> text("#consolidation-result").contains("Chưa có bản tổng hợp"));
        browser.findElement(By.cssSelector("#run button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("counts")));
        assertTrue(text("#progress").startsWith("Đã tổng hợp xong"), text("#progress"));
        assertTrue(text("#counts").matches("(?s).*Đã nhận\\s+1\\b.*"), text("#counts"));
        assertTrue(text("#missing").contains("Xã Quang Minh"));
        assertFalse(text("#missing").contains("Xã Vân Hồ"));
        assertEquals("Xã Vân Hồ", text("#late-communes"));
        assertTrue(text("#totals").contains("1.234"));
        screenshot("consolidation");
        browser.findElement(By.cssSelector("[data-download='monthly-pdf']")).click();
        Path pdf = awaitDownload(".pdf");
        String words = run("pdftotext", "-raw", pdf.toString(), "-").replaceAll("\\s+", " ");
        for (String expected : List.of("UBND HUYỆN VÂN HỒ", "BÁO CÁO TỔNG HỢP KẾT QUẢ HOẠT ĐỘNG TỔ CHUYỂN ĐỔI SỐ",
                "Tháng " + PERIOD.getMonthValue() + " năm " + PERIOD.getYear(), "1 muộn hạn", "Xã Quang Minh",
                "1.234")) {
            assertTrue(words.contains(expected), expected + " in: " + words);
        }
        assertTrue(words.matches(".*\\b1/\\d+ xã đã báo cáo.*"), words);

        tap("Trang chủ");
        tap("Tải biểu mẫu");
        heading("Tải biểu mẫu");
        browser.findElement(By.cssSelector("[data-download='f1-xlsx']")).click();
        Path xlsx = awaitDownload(".xlsx");
        assertTrue(Files.size(xlsx) > 1000);
        screenshot("downloads");
    }

    @Test
    void theImportPageChecksAFileAndOffersToApplyOnlyAFileWithoutProblems() throws Exception {
        browser.get(api.uri("ui/").toString());
        login("vanho.canbo");
        tap("Nhập danh sách");
        heading("Nhập danh sách (mẫu F1)");
        Path notAList = Files.writeString(downloads.resolve("ghi-chu.csv"), "chỉ là một dòng ghi chú\n");
        browser.findElement(By.cssSelector("#import [name='file']")).sendKeys(notAList.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#import button[name='check']")).click();
        WebElement fileField = browser.findElement(By.cssSelector("#import [name='file']")).findElement(By.xpath(".."));
        WebElement refusal = wait.until(d -> fileField.findElements(By.className("field-error")).stream()
                .findFirst().orElse(null));
        assertFalse(refusal.getText().isBlank(), "the API's reason, next to the file");
        screenshot("import-refused");

        Path list = Files.writeString(downloads.resolve("danh-sach.csv"),
                "STT;Tên Tổ Chuyển đổi số cộng đồng;Họ và tên Tổ trưởng;Số điện thoại;Chức vụ\n"
                        + "1;Bản Không Có;Hà Văn Hai;0912000002;Trưởng bản\n");
        browser.findElement(By.cssSelector("#import [name='file']")).sendKeys(list.toAbsolutePath().toString());
        browser.findElement(By.cssSelector("#import button[name='check']")).click();
        wait.until(d -> text("#import-report").contains("Lỗi trong tệp"));
        assertTrue(text("#import-report").contains("Dòng 2"), text("#import-report"));
        assertTrue(fileField.findElements(By.className("field-error")).isEmpty(), "the earlier refusal is gone");
        assertFalse(browser.findElement(By.cssSelector("#import button[name='apply']")).isDisplayed(),
                "a file with problems cannot be applied");
        screenshot("import-problems");
    }

    // ---- Helpers -----------------------------------------------------------------------------------------------

    private void login(String user) {
        heading("Đăng nhập");
        screenshotOnce("login");
        // By keyboard: the user name, Tab to the password, Enter submits.
        browser.findElement(By.name("user")).sendKeys(user, Keys.TAB);
        browser.switchTo().activeElement().sendKeys("demo", Keys.ENTER);
        heading("Xin chào, " + user);
    }

    private void switchUser(String user) {
        browser.findElement(By.id("logout")).click();
        login(user);
    }

    private void tap(String linkText) {
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText(linkText))).click();
    }

    private void openTeam(String teamName) {
        heading("Các Tổ CĐS");
        tap(teamName);
        heading(teamName);
    }

    private void addMember(String name, String phone, String role) {
        browser.findElement(By.cssSelector("#add-member [name='fullName']")).sendKeys(name);
        browser.findElement(By.cssSelector("#add-member [name='phone']")).sendKeys(phone);
        new Select(browser.findElement(By.cssSelector("#add-member [name='role']"))).selectByValue(role);
        browser.findElement(By.cssSelector("#add-member button[type='submit']")).click();
    }

    /** A step on a request's card (endorse, approve, withdraw); the inbox is shown again without it. */
    private void decide(WebElement request, String step) {
        request.findElement(By.cssSelector("." + step + " button")).click();
        wait.until(ExpectedConditions.stalenessOf(request));
    }

    private void requestsAs(String user) {
        switchUser(user);
        tap("Đơn gia nhập, rời Tổ");
        heading("Đơn gia nhập, rời Tổ");
    }

    /** From any page, by the home page and the list of teams. */
    private void backToTeam(String teamName) {
        tap("Trang chủ");
        tap("Các Tổ CĐS");
        openTeam(teamName);
    }

    private WebElement memberCard(String name) {
        return browser.findElements(By.cssSelector("#members > li")).stream()
                .filter(card -> card.getText().contains(name)).findFirst().orElseThrow();
    }

    /** From the team page, where the member's card folds the request away until it is opened. */
    private void fileLeaveRequest(String member, String reason) {
        WebElement card = memberCard(member);
        card.findElement(By.cssSelector("details.leave summary")).click();
        WebElement reasonField = card.findElement(By.cssSelector(".leave-request [name='reason']"));
        reasonField.sendKeys(reason);
        // Two frames first: a capture right after the form opened left the part it pushed down unpainted.
        ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + " requestAnimationFrame(() => requestAnimationFrame(done))");
        screenshotOnce("team-leave-request");
        card.findElement(By.cssSelector(".leave-request button[type='submit']")).click();
        heading("Đơn gia nhập, rời Tổ");
    }

    private WebElement requestCard(String applicant) {
        return wait.until(d -> d.findElements(By.cssSelector("#requests > li")).stream()
                .filter(card -> card.getText().contains(applicant)).findFirst().orElse(null));
    }

    /** Waits for the page whose h1 says this; the h1 has the focus, so a screen reader announces the new page. */
    private void heading(String title) {
        wait.until(d -> {
            List<WebElement> h1 = d.findElements(By.tagName("h1"));
            return !h1.isEmpty() && h1.get(0).getText().equals(title);
        });
        assertEquals("h1", script("return document.activeElement.tagName.toLowerCase()"), "focus on the heading");
    }

    /** The teams listed on the page (names repeat: every sample commune has a "Bản mẫu 1"). */
    private List<String> teamIds() {
        return browser.findElements(By.cssSelector("section .teams > li")).stream()
                .map(li -> li.getAttribute("data-team")).toList();
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private final java.util.Set<String> shotsTaken = new java.util.HashSet<>();

    private void screenshotOnce(String name) {
        if (shotsTaken.add(name)) {
            screenshot(name);
        }
    }

    /**
     * Saves the whole page (the window grows to the page's height for the shot) and checks that every control on it
     * has a label.
     */
    private void screenshot(String name) {
        Object unlabelled = script("return [...document.querySelectorAll('input, select, textarea')]"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')).map(e => e.name)");
        assertEquals(List.of(), unlabelled, "controls without a label on " + name);
        savePage(name);
    }

    /** The whole page at the phone's width, beyond the visible part. */
    private void savePage(String name) {
        long height = ((Number) script("return document.documentElement.scrollHeight")).longValue();
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", 0, "width", PHONE_WIDTH,
                        "height", Math.min(height, 10_000), "scale", 1)));
        try {
            Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", SHOTS.incrementAndGet(), name)),
                    Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path awaitDownload(String suffix) {
        try {
            return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    return files.filter(f -> f.toString().endsWith(suffix)).findFirst()
                            .filter(f -> f.toFile().length() > 0).orElse(null);
                }
            }, java.util.Objects::nonNull);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no " + suffix + " downloaded; page says: " + text("main"), e);
        }
    }

    /** Runs a poppler tool; CI installs poppler-utils, so a missing tool fails the test instead of skipping it. */
    private static String run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8));
        return new String(output, StandardCharsets.UTF_8);
    }
}
