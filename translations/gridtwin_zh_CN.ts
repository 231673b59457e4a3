<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppOptions</name>
    <message>
        <source>GridTwin live operations console</source>
        <translation>GridTwin 实时运行控制台</translation>
    </message>
    <message>
        <source>Render the main window offscreen into FILE.png and exit.</source>
        <translation>在后台将主窗口渲染为 FILE.png 后退出。</translation>
    </message>
    <message>
        <source>Simulated seconds to run before the screenshot.</source>
        <translation>截图前要模拟的秒数。</translation>
    </message>
    <message>
        <source>Colour theme: dark or light.</source>
        <translation>配色主题：dark（深色）或 light（浅色）。</translation>
    </message>
    <message>
        <source>Language: en, de or zh_CN.</source>
        <translation>语言：en、de 或 zh_CN。</translation>
    </message>
    <message>
        <source>--after expects a number of seconds &gt;= 0, found "%1"</source>
        <translation>--after 需要大于等于 0 的秒数，实际为“%1”</translation>
    </message>
    <message>
        <source>--theme expects dark or light, found "%1"</source>
        <translation>--theme 需要 dark 或 light，实际为“%1”</translation>
    </message>
    <message>
        <source>--lang expects en, de or zh_CN, found "%1"</source>
        <translation>--lang 需要 en、de 或 zh_CN，实际为“%1”</translation>
    </message>
    <message>
        <source>Window the screenshot shows: %1.</source>
        <translation>截图显示的窗口：%1。</translation>
    </message>
    <message>
        <source>--screen expects one of %1, found "%2"</source>
        <translation>--screen 应为 %1 之一，实际为 "%2"</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::AlarmListView</name>
    <message>
        <source>Acknowledge</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Acknowledge alarm</source>
        <translation>确认告警</translation>
    </message>
    <message>
        <source>Acknowledge the selected alarms (Ctrl+K)</source>
        <translation>确认所选告警 (Ctrl+K)</translation>
    </message>
    <message>
        <source>%1 active, %2 unacknowledged</source>
        <translation>%1 个活动，%2 个未确认</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::AlarmTableModel</name>
    <message>
        <source>Peak threshold exceeded</source>
        <translation>超过峰值阈值</translation>
    </message>
    <message>
        <source>SoC below reserve</source>
        <translation>荷电状态低于预留值</translation>
    </message>
    <message>
        <source>Export limit reached</source>
        <translation>达到上网功率限值</translation>
    </message>
    <message>
        <source>Data stale</source>
        <translation>数据过期</translation>
    </message>
    <message>
        <source>Source fault</source>
        <translation>数据源故障</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>active, acknowledged</source>
        <translation>活动，已确认</translation>
    </message>
    <message>
        <source>active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>cleared, acknowledged</source>
        <translation>已消除，已确认</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>已消除</translation>
    </message>
    <message>
        <source>Time (site)</source>
        <translation>时间（站点）</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation>告警</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::KpiTilesView</name>
    <message>
        <source>Grid import</source>
        <translation>电网购电</translation>
    </message>
    <message>
        <source>Billing interval mean</source>
        <translation>计费时段平均值</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>电池</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>今日电量</translation>
    </message>
    <message>
        <source>Energy cost today</source>
        <translation>今日电费</translation>
    </message>
    <message>
        <source>Carbon intensity</source>
        <translation>碳强度</translation>
    </message>
    <message>
        <source>export %1</source>
        <translation>上网 %1</translation>
    </message>
    <message>
        <source>threshold %1 · month peak %2</source>
        <translation>阈值 %1 · 月峰值 %2</translation>
    </message>
    <message>
        <source>so far in this interval · threshold %1</source>
        <translation>本时段至今 · 阈值 %1</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>empty in %1</source>
        <translation>%1 后放空</translation>
    </message>
    <message>
        <source>full in %1</source>
        <translation>%1 后充满</translation>
    </message>
    <message>
        <source>imported · exported %1 · PV %2</source>
        <translation>购电 · 上网 %1 · 光伏 %2</translation>
    </message>
    <message>
        <source>energy only, since midnight</source>
        <translation>仅电量费用，自午夜起</translation>
    </message>
    <message>
        <source>emissions today %1 CO₂e</source>
        <translation>今日排放 %1 CO₂e</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::MainWindow</name>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>faulted</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>max speed</source>
        <translation>最高速度</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>关键指标</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>趋势</translation>
    </message>
    <message>
        <source>Alarms and events</source>
        <translation>告警与事件</translation>
    </message>
    <message>
        <source>GridTwin: %1 (live)</source>
        <translation>GridTwin：%1（实时）</translation>
    </message>
    <message>
        <source>Weather: PVGIS TMY 45.0N 8.0E (bundled); prices and carbon: built-in example profiles</source>
        <translation>天气：PVGIS TMY 45.0N 8.0E（内置）；电价与碳排放：内置示例曲线</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>仿真</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Pause or resume the source (Space)</source>
        <translation>暂停或继续数据源（空格）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>Produce one sample while paused (S)</source>
        <translation>暂停时生成一个采样 (S)</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Run at %1 (%2)</source>
        <translation>以 %1 运行 (%2)</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>全屏</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Simulation</source>
        <translation>仿真(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GridTwin</source>
        <translation>关于 GridTwin(&amp;A)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>Simulated time: %1 UTC · %2 %3</source>
        <translation>仿真时间：%1 UTC · %2 %3</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language changes the next time GridTwin starts.</source>
        <translation>语言将在下次启动 GridTwin 时生效。</translation>
    </message>
    <message>
        <source>About GridTwin</source>
        <translation>关于 GridTwin</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GridTwin %1&lt;/h3&gt;&lt;p&gt;Energy digital twin for AI compute sites: GPU cluster, PV, battery storage and grid.&lt;/p&gt;&lt;p&gt;Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later). This program comes with ABSOLUTELY NO WARRANTY.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GridTwin %1&lt;/h3&gt;&lt;p&gt;面向 AI 算力站点的能源数字孪生：GPU 集群、光伏、储能电池与电网。&lt;/p&gt;&lt;p&gt;许可证：GNU 通用公共许可证第 3 版或更高版本 (GPL-3.0-or-later)。本程序不提供任何担保。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::PowerFlowView</name>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>Site bus</source>
        <translation>站点母线</translation>
    </message>
    <message>
        <source>GPU cluster (IT)</source>
        <translation>GPU 集群 (IT)</translation>
    </message>
    <message>
        <source>Cooling / aux</source>
        <translation>冷却 / 辅助</translation>
    </message>
    <message>
        <source>curtailed %1</source>
        <translation>弃光 %1</translation>
    </message>
    <message>
        <source>import</source>
        <translation>购电</translation>
    </message>
    <message>
        <source>export</source>
        <translation>上网</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>discharging</source>
        <translation>放电中</translation>
    </message>
    <message>
        <source>charging</source>
        <translation>充电中</translation>
    </message>
    <message>
        <source>Waiting for data…</source>
        <translation>等待数据…</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::TrendPanel</name>
    <message>
        <source>15 min</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 小时</translation>
    </message>
    <message>
        <source>Time window of the trends</source>
        <translation>趋势时间窗口</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>Freeze the trends to inspect them with the mouse cursor</source>
        <translation>冻结趋势图以便用鼠标光标读数</translation>
    </message>
    <message>
        <source>PV</source>
        <translation>光伏</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>负荷</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>电网</translation>
    </message>
    <message>
        <source>BESS</source>
        <translation>储能</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Month peak</source>
        <translation>月峰值</translation>
    </message>
    <message>
        <source>SoC</source>
        <translation>荷电状态</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>电价</translation>
    </message>
    <message>
        <source>Carbon</source>
        <translation>碳强度</translation>
    </message>
    <message>
        <source>Power (MW)</source>
        <translation>功率 (MW)</translation>
    </message>
    <message>
        <source>SoC (%)</source>
        <translation>荷电状态 (%)</translation>
    </message>
    <message>
        <source>€/MWh</source>
        <translation>欧元/MWh</translation>
    </message>
    <message>
        <source>g/kWh</source>
        <translation>g/kWh</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>%1 · PV %2 · load %3 · grid %4 %5 · BESS %6 %7 · SoC %8 · %9 €/MWh · %10</source>
        <translation>%1 · 光伏 %2 · 负荷 %3 · 电网 %4 %5 · 储能 %6 %7 · 荷电状态 %8 · %9 欧元/MWh · %10</translation>
    </message>
    <message>
        <source>import</source>
        <translation>购电</translation>
    </message>
    <message>
        <source>export</source>
        <translation>上网</translation>
    </message>
    <message>
        <source>discharge</source>
        <translation>放电</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>充电</translation>
    </message>
</context>
<context>
    <name>gridtwin::ui::UnitFormat</name>
    <message>
        <source>n/a</source>
        <translation>无</translation>
    </message>
</context>
</TS>
