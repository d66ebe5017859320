<?php
require __DIR__ . '/auth.php';
require_admin();
$host = isset($_GET['host']) ? $_GET['host'] : 'localhost';
$count = isset($_GET['count']) ? (int) $_GET['count'] : 3;
function ping_host($host, $count)
{
    $out = array();
    exec('ping -c ' . (int) $count . ' ' . escapeshellarg($host), $out);
    return $out;
}
function uptime_line()
{
    return shell_exec('uptime');
}
?>
<table>
<tr class="field"><td>amount 0</td><td>header filter</td></tr>
<tr class="render"><td>import 1</td><td>record export</td></tr>
<tr class="field"><td>amount 2</td><td>locale setting</td></tr>
<tr class="status"><td>style 3</td><td>record render</td></tr>
<tr class="format"><td>export 4</td><td>item year</td></tr>
<tr class="client"><td>index 5</td><td>theme order</td></tr>
<tr class="value"><td>panel 6</td><td>year sort</td></tr>
<tr class="cache"><td>table 7</td><td>index panel</td></tr>
<tr class="status"><td>cache 8</td><td>offset format</td></tr>
<tr class="page"><td>offset 9</td><td>view footer</td></tr>
<tr class="month"><td>style 10</td><td>item index</td></tr>
<tr class="style"><td>item 11</td><td>panel cache</td></tr>
<tr class="sort"><td>setting 12</td><td>limit setting</td></tr>
<tr class="field"><td>field 13</td><td>setting import</td></tr>
<tr class="footer"><td>table 14</td><td>cache order</td></tr>
<tr class="total"><td>filter 15</td><td>export import</td></tr>
<tr class="title"><td>page 16</td><td>total report</td></tr>
<tr class="year"><td>export 17</td><td>export panel</td></tr>
<tr class="theme"><td>panel 18</td><td>list table</td></tr>
<tr class="import"><td>offset 19</td><td>column header</td></tr>
<tr class="table"><td>status 20</td><td>offset column</td></tr>
<tr class="import"><td>client 21</td><td>setting entry</td></tr>
<tr class="style"><td>status 22</td><td>list value</td></tr>
<tr class="amount"><td>column 23</td><td>offset amount</td></tr>
<tr class="widget"><td>filter 24</td><td>setting index</td></tr>
<tr class="panel"><td>locale 25</td><td>export client</td></tr>
<tr class="year"><td>label 26</td><td>locale field</td></tr>
<tr class="field"><td>report 27</td><td>item locale</td></tr>
<tr class="style"><td>export 28</td><td>list order</td></tr>
<tr class="status"><td>setting 29</td><td>record amount</td></tr>
<tr class="year"><td>list 30</td><td>report record</td></tr>
<tr class="panel"><td>column 31</td><td>report page</td></tr>
<tr class="export"><td>footer 32</td><td>panel render</td></tr>
<tr class="table"><td>month 33</td><td>amount page</td></tr>
<tr class="status"><td>header 34</td><td>panel field</td></tr>
<tr class="widget"><td>filter 35</td><td>total format</td></tr>
<tr class="item"><td>format 36</td><td>label column</td></tr>
<tr class="amount"><td>year 37</td><td>panel format</td></tr>
<tr class="client"><td>label 38</td><td>header total</td></tr>
<tr class="table"><td>record 39</td><td>table view</td></tr>
<tr class="style"><td>amount 40</td><td>limit view</td></tr>
<tr class="report"><td>order 41</td><td>offset field</td></tr>
<tr class="index"><td>style 42</td><td>theme total</td></tr>
<tr class="column"><td>limit 43</td><td>offset option</td></tr>
<tr class="cache"><td>sort 44</td><td>order option</td></tr>
<tr class="style"><td>filter 45</td><td>export import</td></tr>
<tr class="theme"><td>item 46</td><td>table render</td></tr>
<tr class="table"><td>column 47</td><td>value limit</td></tr>
<tr class="footer"><td>order 48</td><td>import entry</td></tr>
<tr class="filter"><td>order 49</td><td>title amount</td></tr>
</table>
<?php
/*
 * footer widget page client footer setting sort option report value limit filter
 * month cache year render cache title title list offset export list table
 * client widget format widget list index setting year locale report month entry
 * status record export export amount order offset label status header render panel
 * year item panel locale import setting panel report locale locale index status
 * limit footer sort header format index entry style theme title filter table
 * month widget export title item view field status footer view total widget
 * column offset export label limit setting label import setting month render view
 * total column setting import limit offset total year limit import widget import
 * sort list item client total page amount header index filter title view
 */
?>
<table>
<tr class="title"><td>client 0</td><td>table style</td></tr>
<tr class="title"><td>column 1</td><td>record item</td></tr>
<tr class="order"><td>item 2</td><td>order label</td></tr>
<tr class="order"><td>list 3</td><td>title footer</td></tr>
<tr class="table"><td>setting 4</td><td>entry export</td></tr>
<tr class="widget"><td>footer 5</td><td>order format</td></tr>
<tr class="entry"><td>header 6</td><td>record view</td></tr>
<tr class="sort"><td>panel 7</td><td>widget label</td></tr>
<tr class="locale"><td>filter 8</td><td>import limit</td></tr>
<tr class="header"><td>table 9</td><td>amount table</td></tr>
<tr class="render"><td>widget 10</td><td>export entry</td></tr>
<tr class="offset"><td>style 11</td><td>sort setting</td></tr>
<tr class="export"><td>value 12</td><td>view filter</td></tr>
<tr class="index"><td>status 13</td><td>entry offset</td></tr>
<tr class="cache"><td>index 14</td><td>record report</td></tr>
<tr class="table"><td>page 15</td><td>theme table</td></tr>
<tr class="option"><td>status 16</td><td>option field</td></tr>
<tr class="client"><td>locale 17</td><td>year offset</td></tr>
<tr class="footer"><td>month 18</td><td>report sort</td></tr>
<tr class="cache"><td>setting 19</td><td>year index</td></tr>
<tr class="export"><td>render 20</td><td>title page</td></tr>
<tr class="widget"><td>setting 21</td><td>view amount</td></tr>
<tr class="record"><td>order 22</td><td>status page</td></tr>
<tr class="field"><td>offset 23</td><td>year sort</td></tr>
<tr class="month"><td>year 24</td><td>setting import</td></tr>
<tr class="widget"><td>year 25</td><td>order footer</td></tr>
<tr class="export"><td>value 26</td><td>status year</td></tr>
<tr class="import"><td>amount 27</td><td>theme view</td></tr>
<tr class="footer"><td>format 28</td><td>amount total</td></tr>
<tr class="year"><td>limit 29</td><td>entry page</td></tr>
<tr class="option"><td>widget 30</td><td>list export</td></tr>
<tr class="style"><td>render 31</td><td>setting theme</td></tr>
<tr class="amount"><td>import 32</td><td>year title</td></tr>
<tr class="export"><td>filter 33</td><td>year panel</td></tr>
<tr class="setting"><td>locale 34</td><td>value list</td></tr>
<tr class="sort"><td>client 35</td><td>month export</td></tr>
<tr class="filter"><td>render 36</td><td>label year</td></tr>
<tr class="year"><td>sort 37</td><td>column header</td></tr>
<tr class="year"><td>footer 38</td><td>value header</td></tr>
<tr class="entry"><td>total 39</td><td>item widget</td></tr>
<tr class="cache"><td>title 40</td><td>item format</td></tr>
<tr class="status"><td>label 41</td><td>value status</td></tr>
<tr class="order"><td>order 42</td><td>amount page</td></tr>
<tr class="client"><td>option 43</td><td>list field</td></tr>
<tr class="title"><td>locale 44</td><td>view field</td></tr>
<tr class="sort"><td>format 45</td><td>locale import</td></tr>
<tr class="export"><td>amount 46</td><td>order report</td></tr>
<tr class="option"><td>header 47</td><td>widget panel</td></tr>
<tr class="year"><td>filter 48</td><td>sort title</td></tr>
<tr class="view"><td>table 49</td><td>value label</td></tr>
</table>
<?php
/*
 * import label field render header limit theme month list total offset limit
 * index render index format page header title report item client page style
 * import panel widget title setting cache order render status import header total
 * header export order view client style entry report total column footer footer
 * format entry widget header list theme index offset title table widget import
 * filter sort cache value footer header locale style style sort footer record
 * panel export limit render table year value header amount title status title
 * limit amount panel sort header cache column label export label filter cache
 * page column page render value setting render view panel footer item list
 * style filter status sort table render label locale theme locale month item
 */
?>
<table>
<tr class="total"><td>record 0</td><td>label offset</td></tr>
<tr class="offset"><td>client 1</td><td>item table</td></tr>
<tr class="filter"><td>filter 2</td><td>label entry</td></tr>
<tr class="widget"><td>export 3</td><td>limit filter</td></tr>
<tr class="month"><td>column 4</td><td>theme title</td></tr>
<tr class="footer"><td>header 5</td><td>style record</td></tr>
<tr class="title"><td>style 6</td><td>month view</td></tr>
<tr class="index"><td>month 7</td><td>report footer</td></tr>
<tr class="client"><td>page 8</td><td>cache value</td></tr>
<tr class="list"><td>offset 9</td><td>year amount</td></tr>
<tr class="column"><td>offset 10</td><td>status export</td></tr>
<tr class="month"><td>year 11</td><td>index month</td></tr>
<tr class="field"><td>client 12</td><td>status value</td></tr>
<tr class="entry"><td>field 13</td><td>widget item</td></tr>
<tr class="panel"><td>order 14</td><td>locale footer</td></tr>
<tr class="import"><td>year 15</td><td>order view</td></tr>
<tr class="option"><td>item 16</td><td>header field</td></tr>
<tr class="format"><td>render 17</td><td>page order</td></tr>
<tr class="limit"><td>client 18</td><td>list total</td></tr>
<tr class="value"><td>month 19</td><td>field format</td></tr>
<tr class="header"><td>cache 20</td><td>offset sort</td></tr>
<tr class="order"><td>item 21</td><td>theme list</td></tr>
<tr class="theme"><td>render 22</td><td>cache footer</td></tr>
<tr class="item"><td>month 23</td><td>option item</td></tr>
<tr class="column"><td>status 24</td><td>field widget</td></tr>
<tr class="view"><td>item 25</td><td>cache locale</td></tr>
<tr class="setting"><td>style 26</td><td>style status</td></tr>
<tr class="render"><td>widget 27</td><td>render amount</td></tr>
<tr class="header"><td>style 28</td><td>setting report</td></tr>
<tr class="header"><td>total 29</td><td>total cache</td></tr>
<tr class="sort"><td>item 30</td><td>style amount</td></tr>
<tr class="footer"><td>theme 31</td><td>table offset</td></tr>
<tr class="setting"><td>column 32</td><td>format header</td></tr>
<tr class="view"><td>order 33</td><td>offset style</td></tr>
<tr class="list"><td>index 34</td><td>table record</td></tr>
<tr class="page"><td>footer 35</td><td>render sort</td></tr>
<tr class="title"><td>style 36</td><td>client cache</td></tr>
<tr class="format"><td>footer 37</td><td>cache panel</td></tr>
<tr class="list"><td>label 38</td><td>value item</td></tr>
<tr class="sort"><td>table 39</td><td>year record</td></tr>
<tr class="render"><td>entry 40</td><td>cache record</td></tr>
<tr class="amount"><td>export 41</td><td>total title</td></tr>
<tr class="filter"><td>page 42</td><td>option item</td></tr>
<tr class="format"><td>setting 43</td><td>entry offset</td></tr>
<tr class="limit"><td>export 44</td><td>amount export</td></tr>
<tr class="entry"><td>entry 45</td><td>month amount</td></tr>
<tr class="status"><td>month 46</td><td>total field</td></tr>
<tr class="field"><td>year 47</td><td>record page</td></tr>
<tr class="cache"><td>sort 48</td><td>record item</td></tr>
<tr class="status"><td>format 49</td><td>widget footer</td></tr>
</table>
<?php
/*
 * sort import value cache item setting format item format title style title
 * report index record order month widget sort style month list view value
 * limit view cache year import record month locale amount filter value title
 * year year table entry year offset report amount order index limit view
 * client record status label entry index render table export footer cache export
 * client list offset page cache cache style filter field list view list
 * widget year offset entry list render title format page index table field
 * index index panel report month record title item footer limit limit value
 * year page column widget entry index field offset option title header field
 * widget offset option report style field sort view order option record locale
 */
?>
<table>
<tr class="year"><td>item 0</td><td>status field</td></tr>
<tr class="amount"><td>header 1</td><td>setting value</td></tr>
<tr class="client"><td>render 2</td><td>list table</td></tr>
<tr class="item"><td>widget 3</td><td>style offset</td></tr>
<tr class="status"><td>setting 4</td><td>limit offset</td></tr>
<tr class="item"><td>list 5</td><td>filter style</td></tr>
<tr class="widget"><td>month 6</td><td>list format</td></tr>
<tr class="list"><td>table 7</td><td>footer entry</td></tr>
<tr class="report"><td>setting 8</td><td>total limit</td></tr>
<tr class="theme"><td>label 9</td><td>format year</td></tr>
<tr class="locale"><td>offset 10</td><td>value record</td></tr>
<tr class="page"><td>header 11</td><td>page footer</td></tr>
<tr class="panel"><td>footer 12</td><td>column render</td></tr>
<tr class="order"><td>footer 13</td><td>index table</td></tr>
<tr class="page"><td>offset 14</td><td>import format</td></tr>
<tr class="table"><td>format 15</td><td>import column</td></tr>
<tr class="list"><td>filter 16</td><td>index order</td></tr>
<tr class="sort"><td>entry 17</td><td>amount style</td></tr>
<tr class="amount"><td>import 18</td><td>style order</td></tr>
<tr class="sort"><td>client 19</td><td>month report</td></tr>
<tr class="entry"><td>item 20</td><td>client widget</td></tr>
<tr class="setting"><td>locale 21</td><td>order item</td></tr>
<tr class="page"><td>footer 22</td><td>index cache</td></tr>
<tr class="theme"><td>render 23</td><td>offset import</td></tr>
<tr class="export"><td>page 24</td><td>panel import</td></tr>
<tr class="setting"><td>style 25</td><td>widget offset</td></tr>
<tr class="index"><td>status 26</td><td>render amount</td></tr>
<tr class="field"><td>format 27</td><td>page year</td></tr>
<tr class="label"><td>record 28</td><td>client report</td></tr>
<tr class="panel"><td>limit 29</td><td>view cache</td></tr>
<tr class="column"><td>sort 30</td><td>table panel</td></tr>
<tr class="amount"><td>title 31</td><td>status render</td></tr>
<tr class="column"><td>record 32</td><td>format setting</td></tr>
<tr class="field"><td>column 33</td><td>filter entry</td></tr>
<tr class="record"><td>list 34</td><td>amount option</td></tr>
<tr class="widget"><td>list 35</td><td>view widget</td></tr>
<tr class="export"><td>theme 36</td><td>setting column</td></tr>
<tr class="entry"><td>locale 37</td><td>export month</td></tr>
<tr class="sort"><td>status 38</td><td>theme limit</td></tr>
<tr class="month"><td>page 39</td><td>status label</td></tr>
<tr class="field"><td>view 40</td><td>sort title</td></tr>
<tr class="render"><td>value 41</td><td>status value</td></tr>
<tr class="order"><td>render 42</td><td>option limit</td></tr>
<tr class="page"><td>title 43</td><td>page option</td></tr>
<tr class="entry"><td>amount 44</td><td>offset field</td></tr>
<tr class="style"><td>render 45</td><td>report month</td></tr>
<tr class="limit"><td>order 46</td><td>offset list</td></tr>
<tr class="list"><td>footer 47</td><td>setting report</td></tr>
<tr class="total"><td>title 48</td><td>label locale</td></tr>
<tr class="total"><td>widget 49</td><td>view amount</td></tr>
</table>
<?php
/*
 * render header order header status order setting month record record theme setting
 * panel page locale locale list export field setting page title footer view
 * panel offset sort limit widget theme export month export locale title filter
 * header record locale list theme amount format table filter footer panel view
 * limit footer export item render month cache panel theme offset status view
 * title option amount panel limit record cache status style offset widget total
 * entry client import field amount format filter status header entry option setting
 * month style cache item format page offset field footer column panel view
 * field widget offset theme import status report status style locale title setting
 * limit total theme option panel page sort import year column client cache
 */
?>
<table>
<tr class="record"><td>total 0</td><td>cache item</td></tr>
<tr class="panel"><td>status 1</td><td>panel entry</td></tr>
<tr class="column"><td>field 2</td><td>status style</td></tr>
<tr class="amount"><td>style 3</td><td>table amount</td></tr>
<tr class="record"><td>offset 4</td><td>export theme</td></tr>
<tr class="order"><td>panel 5</td><td>record year</td></tr>
<tr class="panel"><td>month 6</td><td>column table</td></tr>
<tr class="filter"><td>limit 7</td><td>locale widget</td></tr>
<tr class="table"><td>setting 8</td><td>locale offset</td></tr>
<tr class="header"><td>total 9</td><td>import render</td></tr>
<tr class="table"><td>header 10</td><td>format footer</td></tr>
<tr class="export"><td>sort 11</td><td>panel limit</td></tr>
<tr class="view"><td>export 12</td><td>style year</td></tr>
<tr class="panel"><td>option 13</td><td>view style</td></tr>
<tr class="setting"><td>record 14</td><td>export style</td></tr>
<tr class="client"><td>index 15</td><td>total header</td></tr>
<tr class="title"><td>status 16</td><td>entry setting</td></tr>
<tr class="amount"><td>item 17</td><td>record month</td></tr>
<tr class="index"><td>header 18</td><td>option value</td></tr>
<tr class="view"><td>total 19</td><td>import table</td></tr>
<tr class="value"><td>limit 20</td><td>export option</td></tr>
<tr class="option"><td>total 21</td><td>entry panel</td></tr>
<tr class="status"><td>total 22</td><td>setting header</td></tr>
<tr class="locale"><td>panel 23</td><td>value panel</td></tr>
<tr class="offset"><td>export 24</td><td>style theme</td></tr>
<tr class="item"><td>month 25</td><td>import index</td></tr>
<tr class="widget"><td>column 26</td><td>footer offset</td></tr>
<tr class="footer"><td>label 27</td><td>page record</td></tr>
<tr class="filter"><td>theme 28</td><td>entry filter</td></tr>
<tr class="title"><td>total 29</td><td>index label</td></tr>
<tr class="status"><td>style 30</td><td>year style</td></tr>
<tr class="title"><td>limit 31</td><td>cache sort</td></tr>
<tr class="amount"><td>filter 32</td><td>entry total</td></tr>
<tr class="cache"><td>style 33</td><td>header widget</td></tr>
<tr class="entry"><td>cache 34</td><td>record year</td></tr>
<tr class="locale"><td>column 35</td><td>value panel</td></tr>
<tr class="format"><td>record 36</td><td>style month</td></tr>
<tr class="order"><td>year 37</td><td>theme value</td></tr>
<tr class="view"><td>field 38</td><td>item format</td></tr>
<tr class="year"><td>field 39</td><td>import year</td></tr>
<tr class="list"><td>offset 40</td><td>table theme</td></tr>
<tr class="item"><td>setting 41</td><td>page status</td></tr>
<tr class="value"><td>export 42</td><td>import index</td></tr>
<tr class="cache"><td>title 43</td><td>locale format</td></tr>
<tr class="status"><td>page 44</td><td>total locale</td></tr>
<tr class="export"><td>total 45</td><td>sort index</td></tr>
<tr class="list"><td>label 46</td><td>entry order</td></tr>
<tr class="style"><td>option 47</td><td>total panel</td></tr>
<tr class="title"><td>render 48</td><td>setting order</td></tr>
<tr class="filter"><td>status 49</td><td>theme report</td></tr>
</table>
<?php
/*
 * export index limit header entry column page render widget panel field total
 * theme month widget panel total status header total report entry value client
 * header list footer month filter year offset record import view option setting
 * column widget export order format amount sort view view theme field locale
 * list option list month title entry page entry footer label field style
 * page filter entry panel table list year filter label label theme client
 * order item offset title page render option limit list panel option list
 * panel import locale sort view field render record month table style view
 * index export client title sort format item total title panel value theme
 * label entry record title item entry title footer theme panel page widget
 */
?>
<table>
<tr class="import"><td>title 0</td><td>render amount</td></tr>
<tr class="value"><td>panel 1</td><td>title amount</td></tr>
<tr class="panel"><td>list 2</td><td>format list</td></tr>
<tr class="record"><td>year 3</td><td>entry report</td></tr>
<tr class="order"><td>widget 4</td><td>view export</td></tr>
<tr class="render"><td>index 5</td><td>field header</td></tr>
<tr class="setting"><td>total 6</td><td>setting page</td></tr>
<tr class="status"><td>import 7</td><td>item page</td></tr>
<tr class="index"><td>footer 8</td><td>item report</td></tr>
<tr class="widget"><td>view 9</td><td>index cache</td></tr>
<tr class="locale"><td>order 10</td><td>locale footer</td></tr>
<tr class="list"><td>import 11</td><td>page list</td></tr>
<tr class="render"><td>filter 12</td><td>year client</td></tr>
<tr class="table"><td>value 13</td><td>footer list</td></tr>
<tr class="filter"><td>export 14</td><td>limit total</td></tr>
<tr class="item"><td>render 15</td><td>table status</td></tr>
<tr class="status"><td>format 16</td><td>render amount</td></tr>
<tr class="cache"><td>filter 17</td><td>index footer</td></tr>
<tr class="header"><td>style 18</td><td>record month</td></tr>
<tr class="panel"><td>widget 19</td><td>value footer</td></tr>
<tr class="import"><td>view 20</td><td>cache total</td></tr>
<tr class="total"><td>filter 21</td><td>locale page</td></tr>
<tr class="title"><td>item 22</td><td>page label</td></tr>
<tr class="title"><td>format 23</td><td>render table</td></tr>
<tr class="amount"><td>entry 24</td><td>item header</td></tr>
<tr class="value"><td>offset 25</td><td>locale limit</td></tr>
<tr class="list"><td>column 26</td><td>setting record</td></tr>
<tr class="client"><td>client 27</td><td>total sort</td></tr>
<tr class="label"><td>header 28</td><td>import total</td></tr>
<tr class="style"><td>index 29</td><td>list table</td></tr>
<tr class="option"><td>column 30</td><td>footer title</td></tr>
<tr class="theme"><td>field 31</td><td>cache render</td></tr>
<tr class="style"><td>view 32</td><td>value panel</td></tr>
<tr class="year"><td>export 33</td><td>total year</td></tr>
<tr class="theme"><td>amount 34</td><td>sort import</td></tr>
<tr class="page"><td>label 35</td><td>client offset</td></tr>
<tr class="label"><td>year 36</td><td>option report</td></tr>
<tr class="export"><td>header 37</td><td>field render</td></tr>
<tr class="sort"><td>index 38</td><td>list value</td></tr>
<tr class="view"><td>view 39</td><td>value option</td></tr>
<tr class="header"><td>record 40</td><td>column record</td></tr>
<tr class="limit"><td>filter 41</td><td>value filter</td></tr>
<tr class="view"><td>client 42</td><td>title label</td></tr>
<tr class="render"><td>cache 43</td><td>year entry</td></tr>
<tr class="title"><td>list 44</td><td>total order</td></tr>
<tr class="item"><td>column 45</td><td>format import</td></tr>
<tr class="field"><td>client 46</td><td>sort theme</td></tr>
<tr class="field"><td>label 47</td><td>record export</td></tr>
<tr class="render"><td>title 48</td><td>render column</td></tr>
<tr class="option"><td>report 49</td><td>year value</td></tr>
</table>
<?php
/*
 * column order header filter month widget list report amount status offset total
 * title order amount panel amount offset total year total item header index
 * locale year order amount sort style order theme total index limit export
 * theme offset total header style order offset status import panel month widget
 * column footer report limit entry panel value widget cache item client table
 * header title total year style cache record client setting report index widget
 * entry month year panel export amount format render year view status sort
 * value value setting theme locale export export status item status sort footer
 * table report filter order limit format style import page view export status
 * render order sort option option list list export style report footer page
 */
?>
<table>
<tr class="render"><td>widget 0</td><td>total field</td></tr>
<tr class="entry"><td>index 1</td><td>export page</td></tr>
<tr class="order"><td>style 2</td><td>header label</td></tr>
<tr class="index"><td>setting 3</td><td>order order</td></tr>
<tr class="client"><td>amount 4</td><td>column column</td></tr>
<tr class="item"><td>export 5</td><td>export index</td></tr>
<tr class="header"><td>value 6</td><td>field format</td></tr>
<tr class="style"><td>total 7</td><td>field amount</td></tr>
<tr class="style"><td>setting 8</td><td>entry table</td></tr>
<tr class="limit"><td>item 9</td><td>limit month</td></tr>
<tr class="offset"><td>value 10</td><td>offset style</td></tr>
<tr class="option"><td>offset 11</td><td>footer locale</td></tr>
<tr class="sort"><td>column 12</td><td>label option</td></tr>
<tr class="style"><td>status 13</td><td>footer setting</td></tr>
<tr class="total"><td>entry 14</td><td>entry setting</td></tr>
<tr class="footer"><td>list 15</td><td>table entry</td></tr>
<tr class="entry"><td>render 16</td><td>footer theme</td></tr>
<tr class="report"><td>sort 17</td><td>export entry</td></tr>
<tr class="report"><td>total 18</td><td>sort cache</td></tr>
<tr class="page"><td>index 19</td><td>panel filter</td></tr>
<tr class="report"><td>widget 20</td><td>setting sort</td></tr>
<tr class="record"><td>item 21</td><td>cache render</td></tr>
<tr class="offset"><td>client 22</td><td>render widget</td></tr>
<tr class="limit"><td>item 23</td><td>option render</td></tr>
<tr class="offset"><td>value 24</td><td>order record</td></tr>
<tr class="client"><td>table 25</td><td>total render</td></tr>
<tr class="setting"><td>cache 26</td><td>title sort</td></tr>
<tr class="order"><td>style 27</td><td>render field</td></tr>
<tr class="widget"><td>import 28</td><td>field list</td></tr>
<tr class="footer"><td>limit 29</td><td>option item</td></tr>
<tr class="report"><td>page 30</td><td>entry status</td></tr>
<tr class="year"><td>value 31</td><td>title total</td></tr>
<tr class="offset"><td>value 32</td><td>setting entry</td></tr>
<tr class="format"><td>total 33</td><td>panel column</td></tr>
<tr class="page"><td>year 34</td><td>render panel</td></tr>
<tr class="list"><td>sort 35</td><td>month panel</td></tr>
<tr class="label"><td>header 36</td><td>widget year</td></tr>
<tr class="cache"><td>entry 37</td><td>style theme</td></tr>
<tr class="footer"><td>label 38</td><td>filter table</td></tr>
<tr class="month"><td>locale 39</td><td>page year</td></tr>
<tr class="report"><td>format 40</td><td>status header</td></tr>
<tr class="panel"><td>index 41</td><td>view label</td></tr>
<tr class="client"><td>month 42</td><td>style widget</td></tr>
<tr class="value"><td>title 43</td><td>import entry</td></tr>
<tr class="setting"><td>item 44</td><td>sort limit</td></tr>
<tr class="entry"><td>value 45</td><td>client amount</td></tr>
<tr class="month"><td>label 46</td><td>field field</td></tr>
<tr class="year"><td>limit 47</td><td>item status</td></tr>
<tr class="report"><td>year 48</td><td>amount table</td></tr>
<tr class="setting"><td>export 49</td><td>offset item</td></tr>
</table>
<?php
/*
 * client entry item entry setting client total panel total status record render
 * label format panel footer cache locale import client panel theme column label
 * column status entry import list widget record locale label header title offset
 * option offset filter table theme record panel style table view column label
 * theme item sort theme status entry index index widget field total entry
 * field entry page view client field total footer header export export import
 * filter status widget widget render limit amount view import amount value item
 * column style cache record widget cache order list widget field record label
 * order year cache table title record render amount cache style client record
 * setting entry amount cache value title year entry table year order item
 */
?>
<table>
<tr class="index"><td>view 0</td><td>value order</td></tr>
<tr class="report"><td>table 1</td><td>item month</td></tr>
<tr class="export"><td>column 2</td><td>client amount</td></tr>
<tr class="label"><td>status 3</td><td>order offset</td></tr>
<tr class="index"><td>total 4</td><td>setting field</td></tr>
<tr class="option"><td>sort 5</td><td>view order</td></tr>
<tr class="panel"><td>panel 6</td><td>format option</td></tr>
<tr class="export"><td>theme 7</td><td>widget value</td></tr>
<tr class="cache"><td>order 8</td><td>page page</td></tr>
<tr class="cache"><td>list 9</td><td>setting amount</td></tr>
<tr class="theme"><td>item 10</td><td>column amount</td></tr>
<tr class="total"><td>setting 11</td><td>value offset</td></tr>
<tr class="option"><td>total 12</td><td>list style</td></tr>
<tr class="style"><td>import 13</td><td>footer client</td></tr>
<tr class="setting"><td>option 14</td><td>render total</td></tr>
<tr class="value"><td>title 15</td><td>total client</td></tr>
<tr class="item"><td>value 16</td><td>theme footer</td></tr>
<tr class="month"><td>format 17</td><td>report index</td></tr>
<tr class="page"><td>limit 18</td><td>sort view</td></tr>
<tr class="widget"><td>sort 19</td><td>cache table</td></tr>
<tr class="header"><td>month 20</td><td>year limit</td></tr>
<tr class="column"><td>year 21</td><td>total limit</td></tr>
<tr class="entry"><td>import 22</td><td>panel amount</td></tr>
<tr class="report"><td>page 23</td><td>total record</td></tr>
<tr class="report"><td>title 24</td><td>sort option</td></tr>
<tr class="view"><td>status 25</td><td>import import</td></tr>
<tr class="list"><td>year 26</td><td>report panel</td></tr>
<tr class="label"><td>panel 27</td><td>footer limit</td></tr>
<tr class="year"><td>value 28</td><td>year sort</td></tr>
<tr class="label"><td>label 29</td><td>render entry</td></tr>
<tr class="footer"><td>panel 30</td><td>panel status</td></tr>
<tr class="page"><td>value 31</td><td>filter client</td></tr>
<tr class="footer"><td>record 32</td><td>view total</td></tr>
<tr class="amount"><td>format 33</td><td>table format</td></tr>
<tr class="filter"><td>view 34</td><td>header value</td></tr>
<tr class="order"><td>setting 35</td><td>title year</td></tr>
<tr class="panel"><td>amount 36</td><td>client limit</td></tr>
<tr class="export"><td>setting 37</td><td>header order</td></tr>
<tr class="list"><td>page 38</td><td>cache sort</td></tr>
<tr class="sort"><td>value 39</td><td>theme label</td></tr>
<tr class="locale"><td>month 40</td><td>setting index</td></tr>
<tr class="widget"><td>month 41</td><td>option limit</td></tr>
<tr class="month"><td>list 42</td><td>export cache</td></tr>
<tr class="entry"><td>filter 43</td><td>title panel</td></tr>
<tr class="order"><td>render 44</td><td>index export</td></tr>
<tr class="filter"><td>export 45</td><td>table amount</td></tr>
<tr class="option"><td>sort 46</td><td>style option</td></tr>
<tr class="label"><td>label 47</td><td>label export</td></tr>
<tr class="page"><td>label 48</td><td>locale value</td></tr>
<tr class="label"><td>panel 49</td><td>item option</td></tr>
</table>
<?php
/*
 * panel page index label year field limit report render label option month
 * list status setting year item total total header report client label field
 * format setting status entry report column total value amount year limit label
 * cache view list filter table amount list order item export client sort
 * import record page setting limit theme value order filter filter option filter
 * header year setting title item header column label style amount status locale
 * table record limit label footer order list export label option entry header
 * page year total limit title entry setting header format index field entry
 * format page total amount order status entry header table client year cache
 * view format column render limit sort render filter field column style total
 */
?>
<table>
<tr class="entry"><td>style 0</td><td>theme label</td></tr>
<tr class="total"><td>format 1</td><td>index value</td></tr>
<tr class="import"><td>amount 2</td><td>header view</td></tr>
<tr class="column"><td>amount 3</td><td>item status</td></tr>
<tr class="report"><td>client 4</td><td>client label</td></tr>
<tr class="format"><td>import 5</td><td>title setting</td></tr>
<tr class="format"><td>client 6</td><td>cache widget</td></tr>
<tr class="order"><td>render 7</td><td>render index</td></tr>
<tr class="page"><td>sort 8</td><td>month render</td></tr>
<tr class="table"><td>month 9</td><td>table client</td></tr>
<tr class="page"><td>widget 10</td><td>year theme</td></tr>
<tr class="theme"><td>page 11</td><td>list view</td></tr>
<tr class="order"><td>client 12</td><td>report offset</td></tr>
<tr class="theme"><td>label 13</td><td>theme locale</td></tr>
<tr class="limit"><td>month 14</td><td>locale status</td></tr>
<tr class="theme"><td>list 15</td><td>export setting</td></tr>
<tr class="offset"><td>report 16</td><td>report format</td></tr>
<tr class="title"><td>panel 17</td><td>theme cache</td></tr>
<tr class="client"><td>cache 18</td><td>status label</td></tr>
<tr class="column"><td>order 19</td><td>title cache</td></tr>
<tr class="value"><td>total 20</td><td>year field</td></tr>
<tr class="style"><td>month 21</td><td>option table</td></tr>
<tr class="filter"><td>widget 22</td><td>footer report</td></tr>
<tr class="report"><td>year 23</td><td>filter locale</td></tr>
<tr class="theme"><td>offset 24</td><td>import year</td></tr>
<tr class="sort"><td>theme 25</td><td>item limit</td></tr>
<tr class="status"><td>label 26</td><td>setting filter</td></tr>
<tr class="item"><td>item 27</td><td>table month</td></tr>
<tr class="year"><td>theme 28</td><td>status index</td></tr>
<tr class="label"><td>offset 29</td><td>header page</td></tr>
<tr class="report"><td>value 30</td><td>item order</td></tr>
<tr class="format"><td>index 31</td><td>render client</td></tr>
<tr class="amount"><td>offset 32</td><td>filter year</td></tr>
<tr class="page"><td>month 33</td><td>order month</td></tr>
<tr class="record"><td>report 34</td><td>offset field</td></tr>
<tr class="month"><td>record 35</td><td>title status</td></tr>
<tr class="year"><td>title 36</td><td>table value</td></tr>
<tr class="format"><td>cache 37</td><td>page style</td></tr>
<tr class="year"><td>page 38</td><td>amount offset</td></tr>
<tr class="render"><td>import 39</td><td>client label</td></tr>
<tr class="client"><td>index 40</td><td>format theme</td></tr>
<tr class="record"><td>item 41</td><td>locale order</td></tr>
<tr class="index"><td>format 42</td><td>index month</td></tr>
<tr class="render"><td>limit 43</td><td>theme limit</td></tr>
<tr class="index"><td>offset 44</td><td>limit report</td></tr>
<tr class="setting"><td>locale 45</td><td>header format</td></tr>
<tr class="title"><td>view 46</td><td>client page</td></tr>
<tr class="render"><td>client 47</td><td>filter header</td></tr>
<tr class="view"><td>widget 48</td><td>value item</td></tr>
<tr class="sort"><td>widget 49</td><td>amount index</td></tr>
</table>
<?php
/*
 * import widget client year theme offset setting sort client amount offset year
 * table total limit amount footer format theme widget order panel list locale
 * record index table header import value offset title item order locale setting
 * sort footer sort sort list label amount header sort report item footer
 * index client entry item style format limit entry client sort entry entry
 * report entry cache widget month format table column widget view total locale
 * label index format label offset value index export item header theme filter
 * label widget page footer import offset cache cache value option view record
 * list month label month offset list locale style status status cache report
 * locale sort render value filter theme list year header import panel option
 */
?>
<table>
<tr class="label"><td>year 0</td><td>format limit</td></tr>
<tr class="title"><td>value 1</td><td>client value</td></tr>
<tr class="header"><td>limit 2</td><td>panel column</td></tr>
<tr class="record"><td>month 3</td><td>item widget</td></tr>
<tr class="item"><td>import 4</td><td>table year</td></tr>
<tr class="import"><td>total 5</td><td>item entry</td></tr>
<tr class="view"><td>page 6</td><td>year locale</td></tr>
<tr class="report"><td>list 7</td><td>widget panel</td></tr>
<tr class="item"><td>cache 8</td><td>option option</td></tr>
<tr class="render"><td>month 9</td><td>total sort</td></tr>
<tr class="total"><td>record 10</td><td>page title</td></tr>
<tr class="table"><td>style 11</td><td>style column</td></tr>
<tr class="widget"><td>limit 12</td><td>header entry</td></tr>
<tr class="field"><td>offset 13</td><td>title widget</td></tr>
<tr class="client"><td>amount 14</td><td>total field</td></tr>
<tr class="entry"><td>month 15</td><td>limit value</td></tr>
<tr class="sort"><td>item 16</td><td>label import</td></tr>
<tr class="sort"><td>year 17</td><td>year record</td></tr>
<tr class="header"><td>entry 18</td><td>client style</td></tr>
<tr class="list"><td>month 19</td><td>label style</td></tr>
<tr class="widget"><td>record 20</td><td>order table</td></tr>
<tr class="column"><td>cache 21</td><td>import list</td></tr>
<tr class="field"><td>widget 22</td><td>export locale</td></tr>
<tr class="widget"><td>page 23</td><td>cache sort</td></tr>
<tr class="value"><td>amount 24</td><td>style year</td></tr>
<tr class="field"><td>header 25</td><td>page theme</td></tr>
<tr class="import"><td>setting 26</td><td>filter year</td></tr>
<tr class="theme"><td>record 27</td><td>table value</td></tr>
<tr class="page"><td>locale 28</td><td>view amount</td></tr>
<tr class="field"><td>widget 29</td><td>field setting</td></tr>
<tr class="style"><td>title 30</td><td>title month</td></tr>
<tr class="widget"><td>filter 31</td><td>status value</td></tr>
<tr class="format"><td>status 32</td><td>import limit</td></tr>
<tr class="style"><td>theme 33</td><td>total limit</td></tr>
<tr class="amount"><td>month 34</td><td>export report</td></tr>
<tr class="year"><td>export 35</td><td>month page</td></tr>
<tr class="limit"><td>locale 36</td><td>panel index</td></tr>
<tr class="total"><td>year 37</td><td>filter value</td></tr>
<tr class="locale"><td>index 38</td><td>page export</td></tr>
<tr class="setting"><td>column 39</td><td>format table</td></tr>
<tr class="entry"><td>limit 40</td><td>render total</td></tr>
<tr class="report"><td>sort 41</td><td>report page</td></tr>
<tr class="column"><td>format 42</td><td>entry item</td></tr>
<tr class="list"><td>month 43</td><td>option title</td></tr>
<tr class="record"><td>item 44</td><td>year locale</td></tr>
<tr class="format"><td>offset 45</td><td>record title</td></tr>
<tr class="title"><td>theme 46</td><td>offset record</td></tr>
<tr class="order"><td>table 47</td><td>locale amount</td></tr>
<tr class="value"><td>sort 48</td><td>export column</td></tr>
<tr class="label"><td>client 49</td><td>widget record</td></tr>
</table>
<?php
/*
 * cache client field month column format record label limit label theme entry
 * style entry total header view total item order amount setting field limit
 * footer table cache index table cache value filter header record offset report
 * offset entry title style item record render title entry table widget sort
 * table list offset report order import table column client style format widget
 * year filter index index format page footer column panel record order offset
 * import sort sort import title order report theme header header record column
 * cache report cache theme panel report status total export offset widget report
 * item record view table amount total page page record panel format title
 * footer label export setting export index title footer index amount field client
 */
?>
<table>
<tr class="option"><td>export 0</td><td>header status</td></tr>
<tr class="style"><td>limit 1</td><td>limit table</td></tr>
<tr class="record"><td>widget 2</td><td>column order</td></tr>
<tr class="entry"><td>footer 3</td><td>value report</td></tr>
<tr class="report"><td>label 4</td><td>title locale</td></tr>
<tr class="entry"><td>label 5</td><td>cache entry</td></tr>
<tr class="record"><td>option 6</td><td>style table</td></tr>
<tr class="index"><td>title 7</td><td>order title</td></tr>
<tr class="cache"><td>cache 8</td><td>export sort</td></tr>
<tr class="import"><td>item 9</td><td>import title</td></tr>
<tr class="option"><td>total 10</td><td>widget index</td></tr>
<tr class="option"><td>footer 11</td><td>value setting</td></tr>
<tr class="field"><td>cache 12</td><td>offset year</td></tr>
<tr class="panel"><td>sort 13</td><td>format filter</td></tr>
<tr class="record"><td>year 14</td><td>total import</td></tr>
<tr class="column"><td>index 15</td><td>year style</td></tr>
<tr class="client"><td>offset 16</td><td>render total</td></tr>
<tr class="setting"><td>order 17</td><td>filter year</td></tr>
<tr class="client"><td>label 18</td><td>title panel</td></tr>
<tr class="record"><td>offset 19</td><td>year sort</td></tr>
<tr class="locale"><td>widget 20</td><td>cache order</td></tr>
<tr class="filter"><td>option 21</td><td>status limit</td></tr>
<tr class="render"><td>render 22</td><td>panel client</td></tr>
<tr class="header"><td>total 23</td><td>field option</td></tr>
<tr class="render"><td>cache 24</td><td>order limit</td></tr>
<tr class="widget"><td>export 25</td><td>order export</td></tr>
<tr class="locale"><td>import 26</td><td>import field</td></tr>
<tr class="cache"><td>setting 27</td><td>label record</td></tr>
<tr class="table"><td>footer 28</td><td>label report</td></tr>
<tr class="index"><td>render 29</td><td>list format</td></tr>
<tr class="list"><td>page 30</td><td>year widget</td></tr>
<tr class="amount"><td>export 31</td><td>value item</td></tr>
<tr class="render"><td>client 32</td><td>panel total</td></tr>
<tr class="option"><td>export 33</td><td>list offset</td></tr>
<tr class="table"><td>status 34</td><td>render order</td></tr>
<tr class="style"><td>field 35</td><td>view total</td></tr>
<tr class="export"><td>render 36</td><td>record order</td></tr>
<tr class="report"><td>client 37</td><td>year page</td></tr>
<tr class="list"><td>sort 38</td><td>amount year</td></tr>
<tr class="limit"><td>panel 39</td><td>list index</td></tr>
<tr class="header"><td>page 40</td><td>year table</td></tr>
<tr class="entry"><td>title 41</td><td>format list</td></tr>
<tr class="month"><td>entry 42</td><td>month amount</td></tr>
<tr class="index"><td>option 43</td><td>offset filter</td></tr>
<tr class="footer"><td>cache 44</td><td>total title</td></tr>
<tr class="title"><td>year 45</td><td>field page</td></tr>
<tr class="amount"><td>render 46</td><td>style style</td></tr>
<tr class="client"><td>field 47</td><td>title item</td></tr>
<tr class="index"><td>status 48</td><td>theme sort</td></tr>
<tr class="offset"><td>entry 49</td><td>order client</td></tr>
</table>
<?php
/*
 * total style entry index item index order option locale render view label
 * widget style report report label total panel label setting limit report offset
 * view import amount filter widget header style export panel report format client
 * page report cache total view status client theme item export label report
 * panel theme list setting locale footer offset view footer filter view footer
 * status title label entry locale import list offset record locale locale widget
 * import footer render export footer theme total theme report cache list filter
 * amount column index field page month amount render render table option table
 * order filter limit table list format format field table status report list
 * style value limit sort value panel amount order report amount cache format
 */
?>
<table>
<tr class="widget"><td>column 0</td><td>column list</td></tr>
<tr class="order"><td>item 1</td><td>total offset</td></tr>
<tr class="filter"><td>list 2</td><td>year header</td></tr>
<tr class="total"><td>page 3</td><td>option month</td></tr>
<tr class="table"><td>option 4</td><td>widget entry</td></tr>
<tr class="entry"><td>export 5</td><td>table cache</td></tr>
<tr class="amount"><td>report 6</td><td>format list</td></tr>
<tr class="style"><td>item 7</td><td>month table</td></tr>
<tr class="sort"><td>locale 8</td><td>month item</td></tr>
<tr class="title"><td>limit 9</td><td>theme total</td></tr>
<tr class="client"><td>client 10</td><td>render title</td></tr>
<tr class="report"><td>render 11</td><td>year label</td></tr>
<tr class="order"><td>label 12</td><td>option total</td></tr>
<tr class="panel"><td>field 13</td><td>table view</td></tr>
<tr class="view"><td>client 14</td><td>view order</td></tr>
<tr class="widget"><td>setting 15</td><td>entry widget</td></tr>
<tr class="export"><td>import 16</td><td>field column</td></tr>
<tr class="status"><td>panel 17</td><td>order view</td></tr>
<tr class="year"><td>style 18</td><td>status item</td></tr>
<tr class="offset"><td>item 19</td><td>status footer</td></tr>
<tr class="report"><td>import 20</td><td>offset year</td></tr>
<tr class="entry"><td>amount 21</td><td>value theme</td></tr>
<tr class="list"><td>table 22</td><td>entry record</td></tr>
<tr class="total"><td>year 23</td><td>import render</td></tr>
<tr class="total"><td>amount 24</td><td>cache header</td></tr>
<tr class="style"><td>offset 25</td><td>table export</td></tr>
<tr class="item"><td>month 26</td><td>title render</td></tr>
<tr class="cache"><td>setting 27</td><td>table export</td></tr>
<tr class="status"><td>sort 28</td><td>report field</td></tr>
<tr class="widget"><td>list 29</td><td>year render</td></tr>
<tr class="label"><td>footer 30</td><td>style header</td></tr>
<tr class="header"><td>export 31</td><td>month order</td></tr>
<tr class="setting"><td>label 32</td><td>record label</td></tr>
<tr class="import"><td>locale 33</td><td>export style</td></tr>
<tr class="limit"><td>index 34</td><td>entry list</td></tr>
<tr class="list"><td>option 35</td><td>record year</td></tr>
<tr class="total"><td>month 36</td><td>table table</td></tr>
<tr class="sort"><td>setting 37</td><td>filter export</td></tr>
<tr class="theme"><td>index 38</td><td>widget locale</td></tr>
<tr class="sort"><td>amount 39</td><td>widget entry</td></tr>
<tr class="value"><td>report 40</td><td>order title</td></tr>
<tr class="value"><td>field 41</td><td>export status</td></tr>
<tr class="amount"><td>column 42</td><td>total offset</td></tr>
<tr class="locale"><td>order 43</td><td>field order</td></tr>
<tr class="status"><td>view 44</td><td>panel view</td></tr>
<tr class="record"><td>client 45</td><td>list client</td></tr>
<tr class="footer"><td>item 46</td><td>status total</td></tr>
<tr class="page"><td>status 47</td><td>index total</td></tr>
<tr class="value"><td>export 48</td><td>label theme</td></tr>
<tr class="theme"><td>item 49</td><td>widget client</td></tr>
</table>
<?php
/*
 * field sort import column year amount order filter theme render year column
 * table total page entry import item total page widget title theme order
 * entry setting page value panel report style status index header panel cache
 * client page amount entry offset label item import page theme report status
 * limit render locale report widget total page status month list report order
 * cache label view amount page table sort widget header amount amount client
 * sort report sort option offset style field import column value entry status
 * cache option render order status item widget limit year header status theme
 * status style year entry year panel record value header limit amount cache
 * table widget import field import setting widget option item limit year amount
 */
?>
<table>
<tr class="theme"><td>locale 0</td><td>footer value</td></tr>
<tr class="import"><td>status 1</td><td>limit cache</td></tr>
<tr class="order"><td>sort 2</td><td>table amount</td></tr>
<tr class="filter"><td>list 3</td><td>total label</td></tr>
<tr class="year"><td>sort 4</td><td>page setting</td></tr>
<tr class="style"><td>sort 5</td><td>index export</td></tr>
<tr class="record"><td>render 6</td><td>view item</td></tr>
<tr class="footer"><td>filter 7</td><td>total setting</td></tr>
<tr class="header"><td>title 8</td><td>item column</td></tr>
<tr class="amount"><td>order 9</td><td>list status</td></tr>
<tr class="style"><td>index 10</td><td>table header</td></tr>
<tr class="field"><td>style 11</td><td>table order</td></tr>
<tr class="filter"><td>export 12</td><td>offset entry</td></tr>
<tr class="style"><td>render 13</td><td>render header</td></tr>
<tr class="format"><td>header 14</td><td>field value</td></tr>
<tr class="setting"><td>cache 15</td><td>client view</td></tr>
<tr class="field"><td>month 16</td><td>status widget</td></tr>
<tr class="import"><td>sort 17</td><td>render view</td></tr>
<tr class="order"><td>report 18</td><td>widget record</td></tr>
<tr class="entry"><td>panel 19</td><td>client view</td></tr>
<tr class="theme"><td>sort 20</td><td>theme option</td></tr>
<tr class="panel"><td>label 21</td><td>offset format</td></tr>
<tr class="total"><td>panel 22</td><td>option sort</td></tr>
<tr class="style"><td>report 23</td><td>export record</td></tr>
<tr class="sort"><td>index 24</td><td>import field</td></tr>
<tr class="list"><td>sort 25</td><td>record panel</td></tr>
<tr class="panel"><td>amount 26</td><td>client widget</td></tr>
<tr class="index"><td>table 27</td><td>filter import</td></tr>
<tr class="index"><td>footer 28</td><td>item header</td></tr>
<tr class="style"><td>export 29</td><td>field render</td></tr>
<tr class="value"><td>option 30</td><td>header field</td></tr>
<tr class="year"><td>limit 31</td><td>panel index</td></tr>
<tr class="limit"><td>value 32</td><td>export import</td></tr>
<tr class="import"><td>item 33</td><td>order header</td></tr>
<tr class="limit"><td>export 34</td><td>label setting</td></tr>
<tr class="entry"><td>column 35</td><td>amount limit</td></tr>
<tr class="entry"><td>header 36</td><td>entry month</td></tr>
<tr class="total"><td>cache 37</td><td>import list</td></tr>
<tr class="format"><td>render 38</td><td>panel header</td></tr>
<tr class="entry"><td>format 39</td><td>list widget</td></tr>
<tr class="setting"><td>year 40</td><td>limit status</td></tr>
<tr class="footer"><td>import 41</td><td>index export</td></tr>
<tr class="footer"><td>theme 42</td><td>offset format</td></tr>
<tr class="theme"><td>import 43</td><td>offset list</td></tr>
<tr class="panel"><td>render 44</td><td>label record</td></tr>
<tr class="locale"><td>label 45</td><td>month status</td></tr>
<tr class="widget"><td>view 46</td><td>panel table</td></tr>
<tr class="order"><td>header 47</td><td>total footer</td></tr>
<tr class="field"><td>render 48</td><td>table style</td></tr>
<tr class="style"><td>value 49</td><td>field client</td></tr>
</table>
<?php
/*
 * style table setting sort style page order label year option export header
 * amount theme column title export amount order render option order setting field
 * setting import title table render panel value title limit locale option year
 * column index month amount sort offset theme total filter month value index
 * title footer panel item month index widget filter footer page setting render
 * month table filter record field widget total record sort sort list title
 * title record render record client list title offset style sort record item
 * setting widget index filter label index item report field label theme client
 * list locale index view import view footer entry view entry format month
 * field cache list order style table value order field order panel limit
 */
?>
<table>
<tr class="sort"><td>format 0</td><td>filter column</td></tr>
<tr class="value"><td>header 1</td><td>value render</td></tr>
<tr class="page"><td>amount 2</td><td>record value</td></tr>
<tr class="widget"><td>status 3</td><td>header sort</td></tr>
<tr class="theme"><td>offset 4</td><td>cache entry</td></tr>
<tr class="order"><td>value 5</td><td>limit table</td></tr>
<tr class="format"><td>panel 6</td><td>month status</td></tr>
<tr class="filter"><td>column 7</td><td>column widget</td></tr>
<tr class="setting"><td>cache 8</td><td>report index</td></tr>
<tr class="value"><td>style 9</td><td>filter title</td></tr>
<tr class="client"><td>limit 10</td><td>field header</td></tr>
<tr class="header"><td>theme 11</td><td>footer panel</td></tr>
<tr class="header"><td>format 12</td><td>value amount</td></tr>
<tr class="limit"><td>record 13</td><td>cache index</td></tr>
<tr class="style"><td>panel 14</td><td>year widget</td></tr>
<tr class="page"><td>format 15</td><td>option page</td></tr>
<tr class="theme"><td>widget 16</td><td>entry status</td></tr>
<tr class="offset"><td>panel 17</td><td>offset render</td></tr>
<tr class="sort"><td>import 18</td><td>render value</td></tr>
<tr class="setting"><td>record 19</td><td>amount filter</td></tr>
<tr class="label"><td>footer 20</td><td>order header</td></tr>
<tr class="month"><td>value 21</td><td>page amount</td></tr>
<tr class="format"><td>filter 22</td><td>year format</td></tr>
<tr class="import"><td>offset 23</td><td>index render</td></tr>
<tr class="page"><td>format 24</td><td>item item</td></tr>
<tr class="list"><td>export 25</td><td>panel list</td></tr>
<tr class="column"><td>item 26</td><td>header status</td></tr>
<tr class="offset"><td>option 27</td><td>footer item</td></tr>
<tr class="entry"><td>sort 28</td><td>label locale</td></tr>
<tr class="report"><td>footer 29</td><td>limit locale</td></tr>
<tr class="item"><td>sort 30</td><td>record report</td></tr>
<tr class="year"><td>footer 31</td><td>month page</td></tr>
<tr class="import"><td>value 32</td><td>amount style</td></tr>
<tr class="theme"><td>label 33</td><td>report order</td></tr>
<tr class="format"><td>sort 34</td><td>report field</td></tr>
<tr class="style"><td>report 35</td><td>format amount</td></tr>
<tr class="month"><td>column 36</td><td>record table</td></tr>
<tr class="sort"><td>year 37</td><td>render month</td></tr>
<tr class="locale"><td>format 38</td><td>format table</td></tr>
<tr class="cache"><td>year 39</td><td>footer panel</td></tr>
<tr class="header"><td>value 40</td><td>locale sort</td></tr>
<tr class="locale"><td>amount 41</td><td>label record</td></tr>
<tr class="option"><td>title 42</td><td>item field</td></tr>
<tr class="offset"><td>status 43</td><td>style render</td></tr>
<tr class="table"><td>footer 44</td><td>month client</td></tr>
<tr class="client"><td>list 45</td><td>filter title</td></tr>
<tr class="offset"><td>format 46</td><td>item value</td></tr>
<tr class="report"><td>sort 47</td><td>index render</td></tr>
<tr class="item"><td>view 48</td><td>list item</td></tr>
<tr class="widget"><td>title 49</td><td>filter total</td></tr>
</table>
<?php
/*
 * header header cache sort field panel page report column render theme status
 * table field value option month month theme style format offset footer offset
 * theme order format theme locale index render item index header render limit
 * header option record page view option view cache export index client client
 * value column status entry total total year column footer import total table
 * cache amount locale locale format column header filter theme import cache total
 * widget field table export year client filter export client list panel render
 * option format setting order list widget panel page import order client page
 * export title export index list render entry option field cache column offset
 * theme index header value month report total sort item widget style record
 */
?>
<table>
<tr class="import"><td>year 0</td><td>view index</td></tr>
<tr class="order"><td>table 1</td><td>render filter</td></tr>
<tr class="format"><td>report 2</td><td>list status</td></tr>
<tr class="widget"><td>import 3</td><td>client limit</td></tr>
<tr class="import"><td>setting 4</td><td>title table</td></tr>
<tr class="amount"><td>panel 5</td><td>title amount</td></tr>
<tr class="setting"><td>cache 6</td><td>view theme</td></tr>
<tr class="header"><td>option 7</td><td>cache limit</td></tr>
<tr class="option"><td>offset 8</td><td>item widget</td></tr>
<tr class="year"><td>field 9</td><td>client item</td></tr>
<tr class="style"><td>header 10</td><td>field render</td></tr>
<tr class="render"><td>option 11</td><td>header title</td></tr>
<tr class="label"><td>title 12</td><td>sort format</td></tr>
<tr class="field"><td>report 13</td><td>field footer</td></tr>
<tr class="month"><td>footer 14</td><td>amount value</td></tr>
<tr class="setting"><td>style 15</td><td>record order</td></tr>
<tr class="sort"><td>style 16</td><td>panel list</td></tr>
<tr class="header"><td>field 17</td><td>view theme</td></tr>
<tr class="entry"><td>list 18</td><td>value setting</td></tr>
<tr class="style"><td>record 19</td><td>panel list</td></tr>
<tr class="filter"><td>report 20</td><td>sort list</td></tr>
<tr class="client"><td>entry 21</td><td>record client</td></tr>
<tr class="label"><td>locale 22</td><td>item amount</td></tr>
<tr class="order"><td>import 23</td><td>footer column</td></tr>
<tr class="year"><td>limit 24</td><td>export sort</td></tr>
<tr class="view"><td>import 25</td><td>month record</td></tr>
<tr class="column"><td>locale 26</td><td>month header</td></tr>
<tr class="locale"><td>total 27</td><td>page export</td></tr>
<tr class="status"><td>list 28</td><td>item header</td></tr>
<tr class="format"><td>header 29</td><td>offset footer</td></tr>
<tr class="export"><td>filter 30</td><td>report field</td></tr>
<tr class="footer"><td>index 31</td><td>record label</td></tr>
<tr class="import"><td>label 32</td><td>month render</td></tr>
<tr class="offset"><td>index 33</td><td>client export</td></tr>
<tr class="month"><td>month 34</td><td>table render</td></tr>
<tr class="field"><td>locale 35</td><td>amount header</td></tr>
<tr class="record"><td>total 36</td><td>status style</td></tr>
<tr class="locale"><td>list 37</td><td>item style</td></tr>
<tr class="column"><td>setting 38</td><td>sort month</td></tr>
<tr class="sort"><td>year 39</td><td>order value</td></tr>
<tr class="report"><td>setting 40</td><td>style offset</td></tr>
<tr class="list"><td>view 41</td><td>widget client</td></tr>
<tr class="sort"><td>limit 42</td><td>header label</td></tr>
<tr class="report"><td>view 43</td><td>value record</td></tr>
<tr class="total"><td>locale 44</td><td>footer record</td></tr>
<tr class="record"><td>view 45</td><td>list offset</td></tr>
<tr class="entry"><td>sort 46</td><td>render table</td></tr>
<tr class="entry"><td>theme 47</td><td>client total</td></tr>
<tr class="export"><td>item 48</td><td>index item</td></tr>
<tr class="cache"><td>setting 49</td><td>option page</td></tr>
</table>
<?php
/*
 * header record locale order column offset entry format offset footer year title
 * cache style style order export format filter view export locale value style
 * label amount theme style item total amount offset list header view offset
 * report total month format entry format report month limit year order panel
 * widget option import setting header header index total format entry column client
 * order page record column order widget locale offset value format option offset
 * record header offset month item client footer offset table status header export
 * locale amount index footer status amount title cache cache title cache month
 * widget filter entry style sort status year cache record panel table export
 * title setting filter value sort option item entry title offset item filter
 */
?>
<table>
<tr class="page"><td>filter 0</td><td>sort amount</td></tr>
<tr class="value"><td>panel 1</td><td>order cache</td></tr>
<tr class="order"><td>field 2</td><td>panel filter</td></tr>
<tr class="list"><td>widget 3</td><td>month setting</td></tr>
<tr class="sort"><td>cache 4</td><td>page client</td></tr>
<tr class="amount"><td>month 5</td><td>record panel</td></tr>
<tr class="record"><td>order 6</td><td>label format</td></tr>
<tr class="header"><td>filter 7</td><td>client option</td></tr>
<tr class="style"><td>title 8</td><td>report total</td></tr>
<tr class="table"><td>index 9</td><td>export option</td></tr>
<tr class="total"><td>index 10</td><td>limit year</td></tr>
<tr class="amount"><td>report 11</td><td>limit format</td></tr>
<tr class="year"><td>page 12</td><td>entry order</td></tr>
<tr class="export"><td>item 13</td><td>offset order</td></tr>
<tr class="limit"><td>table 14</td><td>record widget</td></tr>
<tr class="entry"><td>locale 15</td><td>style status</td></tr>
<tr class="option"><td>widget 16</td><td>order import</td></tr>
<tr class="title"><td>import 17</td><td>order view</td></tr>
<tr class="item"><td>panel 18</td><td>index label</td></tr>
<tr class="item"><td>footer 19</td><td>amount style</td></tr>
<tr class="amount"><td>page 20</td><td>offset theme</td></tr>
<tr class="panel"><td>theme 21</td><td>page item</td></tr>
<tr class="record"><td>panel 22</td><td>value title</td></tr>
<tr class="record"><td>year 23</td><td>theme item</td></tr>
<tr class="column"><td>title 24</td><td>client option</td></tr>
<tr class="page"><td>footer 25</td><td>field report</td></tr>
<tr class="header"><td>year 26</td><td>status header</td></tr>
<tr class="entry"><td>year 27</td><td>render year</td></tr>
<tr class="table"><td>sort 28</td><td>filter format</td></tr>
<tr class="style"><td>header 29</td><td>format render</td></tr>
<tr class="order"><td>index 30</td><td>export list</td></tr>
<tr class="sort"><td>month 31</td><td>report report</td></tr>
<tr class="report"><td>filter 32</td><td>render client</td></tr>
<tr class="locale"><td>format 33</td><td>year render</td></tr>
<tr class="import"><td>column 34</td><td>format limit</td></tr>
<tr class="title"><td>label 35</td><td>theme cache</td></tr>
<tr class="offset"><td>month 36</td><td>record locale</td></tr>
<tr class="limit"><td>table 37</td><td>style status</td></tr>
<tr class="field"><td>record 38</td><td>header column</td></tr>
<tr class="filter"><td>list 39</td><td>view year</td></tr>
<tr class="status"><td>client 40</td><td>setting view</td></tr>
<tr class="title"><td>setting 41</td><td>limit footer</td></tr>
<tr class="export"><td>label 42</td><td>style client</td></tr>
<tr class="item"><td>client 43</td><td>setting header</td></tr>
<tr class="value"><td>field 44</td><td>format month</td></tr>
<tr class="label"><td>view 45</td><td>list offset</td></tr>
<tr class="header"><td>widget 46</td><td>sort year</td></tr>
<tr class="page"><td>panel 47</td><td>table offset</td></tr>
<tr class="month"><td>page 48</td><td>filter year</td></tr>
<tr class="entry"><td>limit 49</td><td>table title</td></tr>
</table>
<?php
/*
 * record list record column page setting title import limit month header total
 * format option column render total entry setting style entry page widget month
 * list view status column title column option import footer table option column
 * label style limit header theme field limit page limit footer sort order
 * render total value format limit format client title title status panel panel
 * panel export export style title value status item locale report limit year
 * status index year index option setting import footer style render view style
 * amount view style order report record page format export year header style
 * client record sort status client item label client style format value cache
 * offset column footer page sort amount export index widget panel view page
 */
?>
<table>
<tr class="widget"><td>entry 0</td><td>option value</td></tr>
<tr class="index"><td>title 1</td><td>label column</td></tr>
<tr class="filter"><td>render 2</td><td>value month</td></tr>
<tr class="list"><td>filter 3</td><td>list option</td></tr>
<tr class="locale"><td>sort 4</td><td>page locale</td></tr>
<tr class="page"><td>view 5</td><td>view month</td></tr>
<tr class="total"><td>report 6</td><td>item format</td></tr>
<tr class="title"><td>panel 7</td><td>view view</td></tr>
<tr class="theme"><td>widget 8</td><td>option client</td></tr>
<tr class="export"><td>column 9</td><td>field record</td></tr>
<tr class="client"><td>theme 10</td><td>page render</td></tr>
<tr class="status"><td>label 11</td><td>theme report</td></tr>
<tr class="widget"><td>limit 12</td><td>value item</td></tr>
<tr class="field"><td>setting 13</td><td>filter record</td></tr>
<tr class="field"><td>item 14</td><td>header field</td></tr>
<tr class="entry"><td>report 15</td><td>option format</td></tr>
<tr class="header"><td>filter 16</td><td>view month</td></tr>
<tr class="item"><td>locale 17</td><td>index footer</td></tr>
<tr class="year"><td>amount 18</td><td>header report</td></tr>
<tr class="import"><td>year 19</td><td>table panel</td></tr>
<tr class="offset"><td>filter 20</td><td>status record</td></tr>
<tr class="locale"><td>locale 21</td><td>order filter</td></tr>
<tr class="table"><td>label 22</td><td>render column</td></tr>
<tr class="panel"><td>footer 23</td><td>value widget</td></tr>
<tr class="view"><td>amount 24</td><td>value view</td></tr>
<tr class="style"><td>title 25</td><td>entry export</td></tr>
<tr class="style"><td>month 26</td><td>filter format</td></tr>
<tr class="item"><td>item 27</td><td>panel page</td></tr>
<tr class="entry"><td>value 28</td><td>order status</td></tr>
<tr class="total"><td>year 29</td><td>filter value</td></tr>
<tr class="import"><td>page 30</td><td>year sort</td></tr>
<tr class="month"><td>item 31</td><td>header item</td></tr>
<tr class="label"><td>report 32</td><td>client order</td></tr>
<tr class="item"><td>value 33</td><td>report amount</td></tr>
<tr class="footer"><td>report 34</td><td>amount locale</td></tr>
<tr class="table"><td>theme 35</td><td>list option</td></tr>
<tr class="month"><td>item 36</td><td>list list</td></tr>
<tr class="filter"><td>offset 37</td><td>panel panel</td></tr>
<tr class="value"><td>footer 38</td><td>header render</td></tr>
<tr class="index"><td>option 39</td><td>panel setting</td></tr>
<tr class="format"><td>style 40</td><td>cache format</td></tr>
<tr class="column"><td>view 41</td><td>item total</td></tr>
<tr class="widget"><td>client 42</td><td>sort list</td></tr>
<tr class="view"><td>export 43</td><td>widget locale</td></tr>
<tr class="total"><td>total 44</td><td>month title</td></tr>
<tr class="list"><td>status 45</td><td>format year</td></tr>
<tr class="option"><td>render 46</td><td>theme entry</td></tr>
<tr class="panel"><td>label 47</td><td>order total</td></tr>
<tr class="status"><td>offset 48</td><td>order footer</td></tr>
<tr class="widget"><td>export 49</td><td>locale label</td></tr>
</table>
<?php
/*
 * setting field limit locale header format theme field render import label option
 * theme panel amount filter entry widget title theme render value amount order
 * locale header panel client entry footer order page locale widget client theme
 * title filter footer theme label month theme render locale list footer cache
 * view cache label filter value import amount title entry field index total
 * entry widget month index filter footer sort view sort cache header sort
 * label order locale month setting status client setting import export footer column
 * limit report filter option month amount render list field format panel field
 * sort panel field label option widget order list index order index offset
 * sort year panel sort month amount status option index panel locale item
 */
?>
<table>
<tr class="footer"><td>filter 0</td><td>total record</td></tr>
<tr class="label"><td>list 1</td><td>month option</td></tr>
<tr class="view"><td>column 2</td><td>format panel</td></tr>
<tr class="client"><td>table 3</td><td>title locale</td></tr>
<tr class="record"><td>sort 4</td><td>theme theme</td></tr>
<tr class="view"><td>widget 5</td><td>offset amount</td></tr>
<tr class="render"><td>sort 6</td><td>option total</td></tr>
<tr class="report"><td>option 7</td><td>theme format</td></tr>
<tr class="locale"><td>client 8</td><td>index locale</td></tr>
<tr class="index"><td>title 9</td><td>render theme</td></tr>
<tr class="render"><td>amount 10</td><td>offset order</td></tr>
<tr class="client"><td>entry 11</td><td>amount amount</td></tr>
<tr class="setting"><td>theme 12</td><td>column column</td></tr>
<tr class="filter"><td>export 13</td><td>label offset</td></tr>
<tr class="record"><td>amount 14</td><td>view header</td></tr>
<tr class="month"><td>setting 15</td><td>label year</td></tr>
<tr class="panel"><td>filter 16</td><td>footer offset</td></tr>
<tr class="title"><td>client 17</td><td>import offset</td></tr>
<tr class="theme"><td>limit 18</td><td>page column</td></tr>
<tr class="page"><td>cache 19</td><td>month offset</td></tr>
<tr class="style"><td>sort 20</td><td>month client</td></tr>
<tr class="label"><td>footer 21</td><td>amount value</td></tr>
<tr class="option"><td>locale 22</td><td>export offset</td></tr>
<tr class="option"><td>amount 23</td><td>value cache</td></tr>
<tr class="panel"><td>header 24</td><td>import index</td></tr>
<tr class="widget"><td>amount 25</td><td>offset record</td></tr>
<tr class="record"><td>list 26</td><td>order setting</td></tr>
<tr class="theme"><td>panel 27</td><td>field entry</td></tr>
<tr class="option"><td>filter 28</td><td>month theme</td></tr>
<tr class="column"><td>month 29</td><td>theme import</td></tr>
<tr class="entry"><td>view 30</td><td>format client</td></tr>
<tr class="column"><td>render 31</td><td>filter import</td></tr>
<tr class="status"><td>table 32</td><td>field total</td></tr>
<tr class="offset"><td>report 33</td><td>import header</td></tr>
<tr class="panel"><td>filter 34</td><td>sort import</td></tr>
<tr class="limit"><td>sort 35</td><td>import panel</td></tr>
<tr class="offset"><td>item 36</td><td>month limit</td></tr>
<tr class="value"><td>header 37</td><td>value month</td></tr>
<tr class="index"><td>year 38</td><td>year limit</td></tr>
<tr class="client"><td>locale 39</td><td>amount month</td></tr>
<tr class="amount"><td>list 40</td><td>export status</td></tr>
<tr class="filter"><td>year 41</td><td>column title</td></tr>
<tr class="year"><td>title 42</td><td>index order</td></tr>
<tr class="render"><td>report 43</td><td>render panel</td></tr>
<tr class="cache"><td>widget 44</td><td>render import</td></tr>
<tr class="header"><td>sort 45</td><td>status field</td></tr>
<tr class="limit"><td>label 46</td><td>total report</td></tr>
<tr class="limit"><td>title 47</td><td>page cache</td></tr>
<tr class="view"><td>limit 48</td><td>item render</td></tr>
<tr class="entry"><td>footer 49</td><td>status month</td></tr>
</table>
<?php
/*
 * page theme offset amount amount widget field widget status limit order limit
 * export footer locale amount report setting filter list theme page index total
 * setting cache view table view style render amount order export list filter
 * entry import month filter widget value locale footer page style format cache
 * panel option export limit index value field import widget value widget column
 * theme index filter status view header sort format client filter status locale
 * index offset render year status column client month index locale option total
 * sort title option widget import render setting filter amount limit format table
 * year title record page list field option client field filter format status
 * title setting option label export widget report limit render value page view
 */
?>
<table>
<tr class="style"><td>theme 0</td><td>panel option</td></tr>
<tr class="field"><td>record 1</td><td>locale entry</td></tr>
<tr class="view"><td>report 2</td><td>column style</td></tr>
<tr class="amount"><td>index 3</td><td>title panel</td></tr>
<tr class="export"><td>footer 4</td><td>filter total</td></tr>
<tr class="offset"><td>status 5</td><td>column limit</td></tr>
<tr class="header"><td>locale 6</td><td>order value</td></tr>
<tr class="order"><td>year 7</td><td>index locale</td></tr>
<tr class="panel"><td>table 8</td><td>panel export</td></tr>
<tr class="filter"><td>amount 9</td><td>year label</td></tr>
<tr class="import"><td>option 10</td><td>index export</td></tr>
<tr class="style"><td>footer 11</td><td>amount status</td></tr>
<tr class="locale"><td>limit 12</td><td>export month</td></tr>
<tr class="view"><td>table 13</td><td>month item</td></tr>
<tr class="theme"><td>panel 14</td><td>record theme</td></tr>
<tr class="item"><td>import 15</td><td>theme setting</td></tr>
<tr class="page"><td>import 16</td><td>style year</td></tr>
<tr class="value"><td>total 17</td><td>import year</td></tr>
<tr class="list"><td>title 18</td><td>theme field</td></tr>
<tr class="cache"><td>label 19</td><td>style setting</td></tr>
<tr class="style"><td>sort 20</td><td>order theme</td></tr>
<tr class="list"><td>offset 21</td><td>table option</td></tr>
<tr class="amount"><td>total 22</td><td>item option</td></tr>
<tr class="theme"><td>client 23</td><td>record record</td></tr>
<tr class="format"><td>month 24</td><td>theme export</td></tr>
<tr class="export"><td>widget 25</td><td>cache option</td></tr>
<tr class="total"><td>label 26</td><td>report import</td></tr>
<tr class="amount"><td>record 27</td><td>widget footer</td></tr>
<tr class="index"><td>list 28</td><td>report setting</td></tr>
<tr class="header"><td>entry 29</td><td>item index</td></tr>
<tr class="year"><td>theme 30</td><td>title footer</td></tr>
<tr class="filter"><td>year 31</td><td>amount option</td></tr>
<tr class="client"><td>table 32</td><td>header title</td></tr>
<tr class="limit"><td>offset 33</td><td>list client</td></tr>
<tr class="widget"><td>label 34</td><td>field index</td></tr>
<tr class="index"><td>filter 35</td><td>report value</td></tr>
<tr class="footer"><td>report 36</td><td>page render</td></tr>
<tr class="footer"><td>order 37</td><td>label style</td></tr>
<tr class="item"><td>record 38</td><td>offset setting</td></tr>
<tr class="offset"><td>option 39</td><td>status widget</td></tr>
<tr class="limit"><td>filter 40</td><td>sort record</td></tr>
<tr class="widget"><td>locale 41</td><td>format locale</td></tr>
<tr class="title"><td>report 42</td><td>value limit</td></tr>
<tr class="record"><td>table 43</td><td>month theme</td></tr>
<tr class="import"><td>import 44</td><td>sort table</td></tr>
<tr class="panel"><td>client 45</td><td>total client</td></tr>
<tr class="header"><td>page 46</td><td>record import</td></tr>
<tr class="cache"><td>title 47</td><td>style order</td></tr>
<tr class="client"><td>amount 48</td><td>client index</td></tr>
<tr class="item"><td>style 49</td><td>value render</td></tr>
</table>
<?php
/*
 * report setting value render theme style list import cache record title status
 * sort footer import total export render amount title amount amount filter header
 * client table offset setting filter cache client theme value locale option value
 * locale sort render option label record offset order value limit client status
 * item cache theme amount page total export style year theme list entry
 * entry panel index year client list theme style status order field option
 * record filter locale style header footer status cache item header item record
 * report index table column filter amount client item cache view label total
 * header format sort setting status page index client total page cache widget
 * entry theme sort amount theme amount total widget style order month column
 */
?>
<table>
<tr class="header"><td>report 0</td><td>title cache</td></tr>
<tr class="setting"><td>status 1</td><td>import widget</td></tr>
<tr class="entry"><td>index 2</td><td>status cache</td></tr>
<tr class="format"><td>list 3</td><td>format widget</td></tr>
<tr class="column"><td>offset 4</td><td>header list</td></tr>
<tr class="table"><td>amount 5</td><td>render panel</td></tr>
<tr class="column"><td>index 6</td><td>cache offset</td></tr>
<tr class="theme"><td>panel 7</td><td>item setting</td></tr>
<tr class="view"><td>table 8</td><td>header setting</td></tr>
<tr class="column"><td>list 9</td><td>style amount</td></tr>
<tr class="cache"><td>status 10</td><td>month panel</td></tr>
<tr class="panel"><td>title 11</td><td>render locale</td></tr>
<tr class="title"><td>record 12</td><td>widget limit</td></tr>
<tr class="style"><td>total 13</td><td>order value</td></tr>
<tr class="style"><td>limit 14</td><td>offset cache</td></tr>
<tr class="entry"><td>report 15</td><td>label table</td></tr>
<tr class="page"><td>table 16</td><td>entry offset</td></tr>
<tr class="view"><td>amount 17</td><td>locale panel</td></tr>
<tr class="year"><td>render 18</td><td>sort option</td></tr>
<tr class="year"><td>total 19</td><td>page amount</td></tr>
<tr class="index"><td>label 20</td><td>label locale</td></tr>
<tr class="list"><td>month 21</td><td>widget locale</td></tr>
<tr class="year"><td>field 22</td><td>column view</td></tr>
<tr class="option"><td>style 23</td><td>setting field</td></tr>
<tr class="sort"><td>entry 24</td><td>offset year</td></tr>
<tr class="year"><td>widget 25</td><td>style style</td></tr>
<tr class="panel"><td>column 26</td><td>item theme</td></tr>
<tr class="setting"><td>amount 27</td><td>import order</td></tr>
<tr class="widget"><td>offset 28</td><td>limit offset</td></tr>
<tr class="index"><td>list 29</td><td>export record</td></tr>
<tr class="cache"><td>export 30</td><td>report header</td></tr>
<tr class="report"><td>title 31</td><td>widget title</td></tr>
<tr class="style"><td>option 32</td><td>setting sort</td></tr>
<tr class="import"><td>entry 33</td><td>label report</td></tr>
<tr class="sort"><td>record 34</td><td>footer style</td></tr>
<tr class="option"><td>sort 35</td><td>style field</td></tr>
<tr class="page"><td>page 36</td><td>column title</td></tr>
<tr class="record"><td>column 37</td><td>export limit</td></tr>
<tr class="view"><td>view 38</td><td>cache item</td></tr>
<tr class="widget"><td>title 39</td><td>order setting</td></tr>
<tr class="list"><td>title 40</td><td>locale report</td></tr>
<tr class="year"><td>filter 41</td><td>record status</td></tr>
<tr class="column"><td>export 42</td><td>label column</td></tr>
<tr class="report"><td>theme 43</td><td>list field</td></tr>
<tr class="item"><td>cache 44</td><td>amount filter</td></tr>
<tr class="amount"><td>column 45</td><td>style format</td></tr>
<tr class="theme"><td>record 46</td><td>export panel</td></tr>
<tr class="cache"><td>item 47</td><td>field field</td></tr>
<tr class="amount"><td>theme 48</td><td>view sort</td></tr>
<tr class="index"><td>client 49</td><td>title offset</td></tr>
</table>
<?php
/*
 * status panel month sort option amount label page status total table widget
 * label cache export column index title report cache column month locale order
 * format status style title import order report label label page record value
 * header style amount export header table client offset order table sort report
 * table total sort panel item list locale render filter list footer import
 * amount record report index cache limit client value limit month status index
 * filter option month offset style theme render locale widget report filter month
 * widget entry status year cache theme amount cache export field month footer
 * total render option export panel list total header render cache order month
 * style index value amount panel value title view style client view cache
 */
?>
<table>
<tr class="style"><td>order 0</td><td>format render</td></tr>
<tr class="total"><td>item 1</td><td>theme client</td></tr>
<tr class="style"><td>record 2</td><td>report header</td></tr>
<tr class="theme"><td>value 3</td><td>format render</td></tr>
<tr class="setting"><td>theme 4</td><td>locale view</td></tr>
<tr class="offset"><td>field 5</td><td>item total</td></tr>
<tr class="setting"><td>option 6</td><td>client import</td></tr>
<tr class="sort"><td>filter 7</td><td>import table</td></tr>
<tr class="offset"><td>total 8</td><td>style widget</td></tr>
<tr class="entry"><td>filter 9</td><td>order client</td></tr>
<tr class="list"><td>total 10</td><td>locale header</td></tr>
<tr class="format"><td>table 11</td><td>title column</td></tr>
<tr class="theme"><td>field 12</td><td>field sort</td></tr>
<tr class="month"><td>limit 13</td><td>record widget</td></tr>
<tr class="widget"><td>item 14</td><td>order value</td></tr>
<tr class="label"><td>import 15</td><td>report theme</td></tr>
<tr class="record"><td>theme 16</td><td>status index</td></tr>
<tr class="render"><td>theme 17</td><td>client value</td></tr>
<tr class="title"><td>status 18</td><td>setting index</td></tr>
<tr class="report"><td>export 19</td><td>setting locale</td></tr>
<tr class="limit"><td>client 20</td><td>record locale</td></tr>
<tr class="total"><td>option 21</td><td>render footer</td></tr>
<tr class="item"><td>style 22</td><td>label view</td></tr>
<tr class="field"><td>field 23</td><td>limit export</td></tr>
<tr class="status"><td>offset 24</td><td>page style</td></tr>
<tr class="page"><td>entry 25</td><td>record client</td></tr>
<tr class="column"><td>panel 26</td><td>month column</td></tr>
<tr class="view"><td>year 27</td><td>view item</td></tr>
<tr class="value"><td>total 28</td><td>amount column</td></tr>
<tr class="style"><td>entry 29</td><td>amount table</td></tr>
<tr class="render"><td>index 30</td><td>list format</td></tr>
<tr class="year"><td>report 31</td><td>view format</td></tr>
<tr class="option"><td>theme 32</td><td>list column</td></tr>
<tr class="record"><td>theme 33</td><td>header list</td></tr>
<tr class="value"><td>locale 34</td><td>widget footer</td></tr>
<tr class="locale"><td>cache 35</td><td>theme status</td></tr>
<tr class="amount"><td>export 36</td><td>status list</td></tr>
<tr class="label"><td>limit 37</td><td>widget widget</td></tr>
<tr class="client"><td>sort 38</td><td>month year</td></tr>
<tr class="render"><td>widget 39</td><td>page locale</td></tr>
<tr class="view"><td>total 40</td><td>footer title</td></tr>
<tr class="panel"><td>setting 41</td><td>total header</td></tr>
<tr class="sort"><td>widget 42</td><td>total label</td></tr>
<tr class="offset"><td>locale 43</td><td>filter panel</td></tr>
<tr class="locale"><td>option 44</td><td>offset export</td></tr>
<tr class="offset"><td>header 45</td><td>panel record</td></tr>
<tr class="setting"><td>format 46</td><td>entry setting</td></tr>
<tr class="month"><td>status 47</td><td>style record</td></tr>
<tr class="year"><td>field 48</td><td>theme offset</td></tr>
<tr class="option"><td>import 49</td><td>style field</td></tr>
</table>
<?php
/*
 * title title entry item view order filter header report label list widget
 * footer total label option value total locale year import total widget client
 * amount index label order year header export status client value theme offset
 * panel label field filter option setting client item option table column sort
 * total locale status order amount setting status record header limit locale order
 * amount order export year setting panel cache list field cache widget render
 * filter view year client table panel status page import list option label
 * client import theme label record import panel month option header option style
 * setting status theme total sort setting style list option footer report filter
 * view render status offset setting amount field total style value record locale
 */
?>
<table>
<tr class="widget"><td>panel 0</td><td>style style</td></tr>
<tr class="offset"><td>amount 1</td><td>sort record</td></tr>
<tr class="total"><td>record 2</td><td>column item</td></tr>
<tr class="widget"><td>setting 3</td><td>locale format</td></tr>
<tr class="filter"><td>label 4</td><td>field month</td></tr>
<tr class="order"><td>widget 5</td><td>column filter</td></tr>
<tr class="panel"><td>status 6</td><td>page value</td></tr>
<tr class="column"><td>cache 7</td><td>client filter</td></tr>
<tr class="locale"><td>header 8</td><td>label value</td></tr>
<tr class="sort"><td>theme 9</td><td>month export</td></tr>
<tr class="column"><td>month 10</td><td>page total</td></tr>
<tr class="page"><td>widget 11</td><td>title style</td></tr>
<tr class="title"><td>order 12</td><td>locale record</td></tr>
<tr class="report"><td>render 13</td><td>sort theme</td></tr>
<tr class="style"><td>total 14</td><td>cache total</td></tr>
<tr class="order"><td>year 15</td><td>render sort</td></tr>
<tr class="amount"><td>item 16</td><td>import item</td></tr>
<tr class="value"><td>view 17</td><td>title table</td></tr>
<tr class="year"><td>view 18</td><td>column list</td></tr>
<tr class="offset"><td>setting 19</td><td>item format</td></tr>
<tr class="value"><td>report 20</td><td>client label</td></tr>
<tr class="option"><td>value 21</td><td>style table</td></tr>
<tr class="limit"><td>option 22</td><td>render footer</td></tr>
<tr class="render"><td>item 23</td><td>page title</td></tr>
<tr class="total"><td>footer 24</td><td>view filter</td></tr>
<tr class="status"><td>render 25</td><td>status record</td></tr>
<tr class="order"><td>limit 26</td><td>title widget</td></tr>
<tr class="locale"><td>item 27</td><td>sort footer</td></tr>
<tr class="label"><td>record 28</td><td>year sort</td></tr>
<tr class="page"><td>field 29</td><td>page offset</td></tr>
<tr class="list"><td>panel 30</td><td>view value</td></tr>
<tr class="widget"><td>month 31</td><td>table panel</td></tr>
<tr class="style"><td>column 32</td><td>value record</td></tr>
<tr class="setting"><td>list 33</td><td>locale month</td></tr>
<tr class="title"><td>month 34</td><td>cache entry</td></tr>
<tr class="filter"><td>value 35</td><td>label column</td></tr>
<tr class="value"><td>amount 36</td><td>cache amount</td></tr>
<tr class="order"><td>import 37</td><td>import theme</td></tr>
<tr class="status"><td>field 38</td><td>report widget</td></tr>
<tr class="label"><td>widget 39</td><td>field cache</td></tr>
<tr class="month"><td>entry 40</td><td>widget label</td></tr>
<tr class="client"><td>record 41</td><td>export index</td></tr>
<tr class="total"><td>import 42</td><td>title page</td></tr>
<tr class="filter"><td>entry 43</td><td>report amount</td></tr>
<tr class="client"><td>header 44</td><td>export locale</td></tr>
<tr class="import"><td>list 45</td><td>title column</td></tr>
<tr class="entry"><td>column 46</td><td>limit widget</td></tr>
<tr class="column"><td>style 47</td><td>index theme</td></tr>
<tr class="list"><td>order 48</td><td>style render</td></tr>
<tr class="status"><td>sort 49</td><td>item view</td></tr>
</table>
<?php
/*
 * list widget entry title sort render format style format amount entry header
 * panel record column theme sort panel theme limit limit column table month
 * render style style client item view setting title record year footer filter
 * value limit locale widget entry format entry import report option view report
 * value title column status label panel record widget style entry column amount
 * item limit entry filter month record total theme record locale style format
 * import style locale table view item index entry locale column month import
 * header import footer item offset page total footer cache title offset locale
 * index view item style footer setting value entry offset theme import amount
 * title locale order view header sort column table amount header export footer
 */
?>
<table>
<tr class="status"><td>client 0</td><td>page export</td></tr>
<tr class="status"><td>cache 1</td><td>style label</td></tr>
<tr class="panel"><td>page 2</td><td>filter status</td></tr>
<tr class="filter"><td>footer 3</td><td>title import</td></tr>
<tr class="export"><td>filter 4</td><td>label month</td></tr>
<tr class="title"><td>label 5</td><td>sort field</td></tr>
<tr class="render"><td>render 6</td><td>footer item</td></tr>
<tr class="locale"><td>limit 7</td><td>widget index</td></tr>
<tr class="column"><td>value 8</td><td>export filter</td></tr>
<tr class="status"><td>index 9</td><td>item import</td></tr>
<tr class="footer"><td>client 10</td><td>amount entry</td></tr>
<tr class="import"><td>order 11</td><td>footer style</td></tr>
<tr class="order"><td>widget 12</td><td>order index</td></tr>
<tr class="theme"><td>import 13</td><td>month view</td></tr>
<tr class="status"><td>column 14</td><td>amount order</td></tr>
<tr class="record"><td>order 15</td><td>import sort</td></tr>
<tr class="header"><td>item 16</td><td>setting style</td></tr>
<tr class="page"><td>report 17</td><td>format setting</td></tr>
<tr class="status"><td>month 18</td><td>total amount</td></tr>
<tr class="option"><td>amount 19</td><td>import render</td></tr>
<tr class="column"><td>value 20</td><td>filter filter</td></tr>
<tr class="table"><td>widget 21</td><td>amount option</td></tr>
<tr class="year"><td>view 22</td><td>index label</td></tr>
<tr class="item"><td>list 23</td><td>amount theme</td></tr>
<tr class="report"><td>field 24</td><td>item month</td></tr>
<tr class="footer"><td>entry 25</td><td>setting panel</td></tr>
<tr class="item"><td>report 26</td><td>header column</td></tr>
<tr class="order"><td>table 27</td><td>total import</td></tr>
<tr class="format"><td>status 28</td><td>sort format</td></tr>
<tr class="year"><td>option 29</td><td>format item</td></tr>
<tr class="list"><td>theme 30</td><td>title record</td></tr>
<tr class="total"><td>filter 31</td><td>footer theme</td></tr>
<tr class="render"><td>render 32</td><td>total header</td></tr>
<tr class="footer"><td>total 33</td><td>option year</td></tr>
<tr class="offset"><td>render 34</td><td>option column</td></tr>
<tr class="page"><td>order 35</td><td>year format</td></tr>
<tr class="footer"><td>import 36</td><td>value record</td></tr>
<tr class="widget"><td>column 37</td><td>item order</td></tr>
<tr class="item"><td>status 38</td><td>locale locale</td></tr>
<tr class="widget"><td>option 39</td><td>locale field</td></tr>
<tr class="panel"><td>export 40</td><td>export label</td></tr>
<tr class="order"><td>table 41</td><td>setting year</td></tr>
<tr class="title"><td>value 42</td><td>widget style</td></tr>
<tr class="option"><td>setting 43</td><td>setting month</td></tr>
<tr class="offset"><td>setting 44</td><td>client table</td></tr>
<tr class="column"><td>field 45</td><td>record import</td></tr>
<tr class="total"><td>index 46</td><td>entry entry</td></tr>
<tr class="item"><td>import 47</td><td>entry column</td></tr>
<tr class="label"><td>year 48</td><td>report value</td></tr>
<tr class="year"><td>month 49</td><td>record sort</td></tr>
</table>
<?php
/*
 * sort setting value field panel status month offset column order widget item
 * table import export report option title setting import amount setting format amount
 * import setting option client client offset format widget filter record locale limit
 * offset value order setting render title column table view field style value
 * header locale entry status client year year cache report status report order
 * render index record value field header label filter status record value style
 * label table title report panel header footer item panel locale filter field
 * widget style column export view render title import panel header month title
 * item title year month entry item import amount value format status setting
 * import filter status cache field label status item page filter label index
 */
?>
<?php
echo '<pre>' . htmlspecialchars(implode("\n", ping_host($host, $count))) . '</pre>';
echo htmlspecialchars(uptime_line());
$svc = isset($_POST['svc']) ? $_POST['svc'] : '';
if (in_array($svc, array('nginx', 'php-fpm'), true)) {
    system('systemctl status ' . escapeshellarg($svc));
}
