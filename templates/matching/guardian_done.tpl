{{%AUTOESCAPE context="HTML"}}<h1>{{M_page_guardian_title}}</h1>
<p class="notice" role="status">{{M_guardian_done}}</p>
<p>{{M_guardian_done_note}}</p>
