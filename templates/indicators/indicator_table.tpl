{{%AUTOESCAPE context="HTML"}}<div class="table-wrap" tabindex="0" role="region" aria-label="{{IND_NAME}} {{M_indicator_table_label}}">
<table class="data-table">
<caption class="visually-hidden">{{IND_NAME}} {{M_indicator_table_label}}</caption>
<thead><tr><th scope="col">{{M_field_fiscal_year}}</th><th scope="col">{{M_indicator_col_baseline}}</th><th scope="col">{{M_indicator_col_target}}</th><th scope="col">{{M_indicator_col_actual}}</th><th scope="col">{{M_indicator_col_path}}</th></tr></thead>
<tbody>{{#YEAR_ROW}}<tr><th scope="row"><span class="nowrap">{{ROW_YEAR}}</span><span class="nowrap era">（{{ROW_ERA}}）</span></th><td class="num">{{ROW_BASELINE}}</td><td class="num">{{ROW_TARGET}}</td><td class="num">{{ROW_ACTUAL}}</td><td class="num">{{ROW_PATH}}</td></tr>{{/YEAR_ROW}}</tbody>
</table>
</div>
