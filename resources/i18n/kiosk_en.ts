<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BoardScreen</name>
    <message>
        <location filename="../../ui/display/board.py" line="112" />
        <source>Now calling</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="113" />
        <source>Recent calls</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="114" />
        <source>Please watch for your number and go to the counter shown. Priority: elderly, people with disabilities, pregnant women, small children.</source>
        <translation>Please watch for your number and go to the counter shown. Priority: elderly, people with disabilities, pregnant women, small children.</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="147" />
        <location filename="../../ui/display/board.py" line="159" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="149" />
        <source>Citizen with number %1, please go to counter %2</source>
        <translation>Citizen with number %1, please go to counter %2</translation>
    </message>
    <message>
        <location filename="../../ui/display/board.py" line="154" />
        <source>No calls yet today</source>
        <translation>No calls yet today</translation>
    </message>
</context>
<context>
    <name>CounterRating</name>
    <message>
        <location filename="../../ui/counter/rating.py" line="257" />
        <source>Rating: waiting for the citizen…</source>
        <translation>Rating: waiting for the citizen…</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="308" />
        <source>Rating: %1</source>
        <translation>Rating: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="342" />
        <source>Rating: not given</source>
        <translation>Rating: not given</translation>
    </message>
</context>
<context>
    <name>CounterScreen</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="409" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="472" />
        <source>Nobody is waiting.</source>
        <translation>Nobody is waiting.</translation>
    </message>
</context>
<context>
    <name>DossierEvaluationPage</name>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="338" />
        <source>Please type the dossier code printed on your receipt.</source>
        <translation>Please type the dossier code printed on your receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="341" />
        <source>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</source>
        <translation>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="356" />
        <source>Score %1</source>
        <translation>Score %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="371" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="371" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="377" />
        <source>Rate our service</source>
        <translation>Rate our service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="378" />
        <source>How satisfied are you with how your dossier was handled?</source>
        <translation>How satisfied are you with how your dossier was handled?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="379" />
        <location filename="../../ui/kiosk/evaluation.py" line="382" />
        <source>Thank you!</source>
        <translation>Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="380" />
        <source>Evaluation of your dossier</source>
        <translation>Evaluation of your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="381" />
        <source>Check your answers</source>
        <translation>Check your answers</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="385" />
        <source>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</source>
        <translation>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="387" />
        <location filename="../../ui/kiosk/evaluation.py" line="388" />
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="389" />
        <source>For example %1. For a dossier filed here, the end is enough: %2.</source>
        <translation>For example %1. For a dossier filed here, the end is enough: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="392" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="393" />
        <source>Continue</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="397" />
        <source>Dossier %1: %2</source>
        <translation>Dossier %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="400" />
        <source>Your rating: %1</source>
        <translation>Your rating: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="402" />
        <source>You have already rated this dossier.</source>
        <translation>You have already rated this dossier.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="403" />
        <source>Would you also answer the full evaluation of your dossier? 11 short questions, one per screen.</source>
        <translation>Would you also answer the full evaluation of your dossier? 11 short questions, one per screen.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="405" />
        <source>Answer the full evaluation</source>
        <translation>Answer the full evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="406" />
        <source>No, thank you</source>
        <translation>No, thank you</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="407" />
        <source>Send my evaluation</source>
        <translation>Send my evaluation</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="408" />
        <source>Your evaluation has been recorded. Thank you for helping us serve you better.</source>
        <translation>Your evaluation has been recorded. Thank you for helping us serve you better.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="410" />
        <source>Your rating has been recorded. Thank you!</source>
        <translation>Your rating has been recorded. Thank you!</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="411" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="412" />
        <source>The questions are the official texts, in Vietnamese.</source>
        <translation>The questions are the official texts, in Vietnamese.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="430" />
        <source>Question %1 of %2</source>
        <translation>Question %1 of %2</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="435" />
        <source>Hide the full text</source>
        <translation>Hide the full text</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="436" />
        <source>Read the full text</source>
        <translation>Read the full text</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/evaluation.py" line="457" />
        <source>Not answered yet</source>
        <translation>Not answered yet</translation>
    </message>
</context>
<context>
    <name>DossierLookupPage</name>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="159" />
        <source>Please type the dossier code printed on your receipt.</source>
        <translation>Please type the dossier code printed on your receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="162" />
        <source>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</source>
        <translation>This code is not a dossier receipt. Please scan the barcode or QR code printed on the receipt you were given at the counter.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="196" />
        <source>%1:%2 on %3</source>
        <translation>%1:%2 on %3</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="220" />
        <source>%1 VND</source>
        <translation>%1 VND</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="226" />
        <location filename="../../ui/kiosk/lookup.py" line="259" />
        <location filename="../../ui/kiosk/lookup.py" line="260" />
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="227" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="228" />
        <source>Applicant</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="229" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="230" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="236" />
        <source>(new date; first given as %1)</source>
        <translation>(new date; first given as %1)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="237" />
        <source>Result due</source>
        <translation>Result due</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="239" />
        <source>Where to collect the result</source>
        <translation>Where to collect the result</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="240" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="246" />
        <source>Your result is ready. Please bring your receipt to %1.</source>
        <translation>Your result is ready. Please bring your receipt to %1.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="249" />
        <source>We are sorry: your dossier is past its appointment date and is still being processed. Please ask at the counter; you will be told the new date.</source>
        <translation>We are sorry: your dossier is past its appointment date and is still being processed. Please ask at the counter; you will be told the new date.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="255" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="255" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="256" />
        <source>Look up your dossier</source>
        <translation>Look up your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="257" />
        <source>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</source>
        <translation>Scan the barcode or QR code on your receipt, or type the dossier code printed on it.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="261" />
        <source>For example %1. For a dossier filed here, the end is enough: %2.</source>
        <translation>For example %1. For a dossier filed here, the end is enough: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="264" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="265" />
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="266" />
        <source>Look up another dossier</source>
        <translation>Look up another dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/lookup.py" line="284" />
        <source>Pay the fee with a banking app: scan this VietQR code</source>
        <translation>Pay the fee with a banking app: scan this VietQR code</translation>
    </message>
</context>
<context>
    <name>FeedbackPage</name>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="514" />
        <source>Please type the code printed on your slip.</source>
        <translation>Please type the code printed on your slip.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="517" />
        <source>This code is not a complaint slip. Please scan the barcode printed on the slip you were given.</source>
        <translation>This code is not a complaint slip. Please scan the barcode printed on the slip you were given.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="521" />
        <source>This code is not a dossier receipt. If your complaint is about a dossier, scan the barcode on its receipt.</source>
        <translation>This code is not a dossier receipt. If your complaint is about a dossier, scan the barcode on its receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="525" />
        <source>This is a dossier receipt. To follow a dossier, touch Home, then “Look up your dossier”.</source>
        <translation>This is a dossier receipt. To follow a dossier, touch Home, then “Look up your dossier”.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="529" />
        <source>This is a complaint slip. To look it up, first send this complaint or go back to the start.</source>
        <translation>This is a complaint slip. To look it up, first send this complaint or go back to the start.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="534" />
        <source>%1:%2 on %3</source>
        <translation>%1:%2 on %3</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="544" />
        <location filename="../../ui/kiosk/feedback.py" line="610" />
        <location filename="../../ui/kiosk/feedback.py" line="611" />
        <source>Tracking code</source>
        <translation>Tracking code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="545" />
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="546" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="547" />
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="548" />
        <source>Answer due</source>
        <translation>Answer due</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="551" />
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="556" />
        <source>%1 of %2 characters</source>
        <translation>%1 of %2 characters</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="570" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="570" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="573" />
        <location filename="../../ui/kiosk/feedback.py" line="584" />
        <source>Look up a complaint or suggestion</source>
        <translation>Look up a complaint or suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="574" />
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="576" />
        <source>Step %1 of 3</source>
        <translation>Step %1 of 3</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="583" />
        <source>Already sent one? Follow it with the code on your slip.</source>
        <translation>Already sent one? Follow it with the code on your slip.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="586" />
        <source>What happened? What do you suggest?</source>
        <translation>What happened? What do you suggest?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="588" />
        <source>Write here with the keys below (at least 10 characters).</source>
        <translation>Write here with the keys below (at least 10 characters).</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="589" />
        <source>Your complaint or suggestion</source>
        <translation>Your complaint or suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="614" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="591" />
        <source>Next  ▶</source>
        <translation>Next  ▶</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="593" />
        <source>Leave your phone number or e-mail address if you want an answer from the Center. Both are optional: you can also follow your complaint with the code on the slip.</source>
        <translation>Leave your phone number or e-mail address if you want an answer from the Center. Both are optional: you can also follow your complaint with the code on the slip.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="596" />
        <source>Phone number (optional)</source>
        <translation>Phone number (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="597" />
        <source>E-mail address (optional)</source>
        <translation>E-mail address (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="598" />
        <source>I agree that the Center may use this phone number or e-mail address to answer my complaint.</source>
        <translation>I agree that the Center may use this phone number or e-mail address to answer my complaint.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="600" />
        <source>Dossier code, if it is about a dossier (optional): type it or scan your receipt</source>
        <translation>Dossier code, if it is about a dossier (optional): type it or scan your receipt</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="603" />
        <source>name@example.vn</source>
        <translation>name@example.vn</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="605" />
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="609" />
        <source>Scan the barcode on your slip, or type the code printed on it.</source>
        <translation>Scan the barcode on your slip, or type the code printed on it.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="612" />
        <source>For example %1. The end is enough: %2.</source>
        <translation>For example %1. The end is enough: %2.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="615" />
        <source>Look up</source>
        <translation>Look up</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="616" />
        <source>Look up another code</source>
        <translation>Look up another code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="620" />
        <source>Your complaint has been received. Thank you.</source>
        <translation>Your complaint has been received. Thank you.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="621" />
        <source>Your tracking code</source>
        <translation>Your tracking code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="622" />
        <source>Look it up with this code at the kiosk.</source>
        <translation>Look it up with this code at the kiosk.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="623" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="632" />
        <source>Printing your slip…</source>
        <translation>Printing your slip…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="633" />
        <source>Please take your slip below.</source>
        <translation>Please take your slip below.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="634" />
        <source>The printer could not print your slip just now. Please note your code %1, or ask at the help desk.</source>
        <translation>The printer could not print your slip just now. Please note your code %1, or ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="654" />
        <source>We are sorry: the answer is past its due date. Please ask at the help desk.</source>
        <translation>We are sorry: the answer is past its due date. Please ask at the help desk.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/feedback.py" line="656" />
        <source>The Center has answered: please read the answer below.</source>
        <translation>The Center has answered: please read the answer below.</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="152" />
        <source>Welcome to the one-stop-shop counter</source>
        <translation>Welcome to the one-stop-shop counter</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="153" />
        <source>Touch the button below to take a queue number</source>
        <translation>Touch the button below to take a queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="154" />
        <location filename="../../ui/selftest.py" line="28" />
        <source>Take a queue number</source>
        <translation>Take a queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="154" />
        <source>Choose your service and get a ticket</source>
        <translation>Choose your service and get a ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="155" />
        <source>Look up a procedure</source>
        <translation>Look up a procedure</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="155" />
        <source>Papers, time, fees</source>
        <translation>Papers, time, fees</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="156" />
        <source>Look up your dossier</source>
        <translation>Look up your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="156" />
        <location filename="../../ui/kiosk/screen.py" line="157" />
        <source>Scan your receipt</source>
        <translation>Scan your receipt</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="157" />
        <source>Rate us</source>
        <translation>Rate us</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="158" />
        <source>Complaints and suggestions</source>
        <translation>Complaints and suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="159" />
        <source>Send one, or follow one with its code</source>
        <translation>Send one, or follow one with its code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="160" />
        <source>People waiting now</source>
        <translation>People waiting now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="161" />
        <source>How it works</source>
        <translation>How it works</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="163" />
        <source>1. Choose the field of your dossier</source>
        <translation>1. Choose the field of your dossier</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="164" />
        <source>2. Take your printed ticket</source>
        <translation>2. Take your printed ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="165" />
        <source>3. Wait until the board and the voice call your number</source>
        <translation>3. Wait until the board and the voice call your number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="168" />
        <source>Need help? Please ask at the help desk.</source>
        <translation>Need help? Please ask at the help desk.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="183" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <location filename="../../ui/counter/intake.py" line="147" />
        <source>1. Procedure</source>
        <translation>1. Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="148" />
        <source>Search by name (tone marks optional) or code</source>
        <translation>Search by name (tone marks optional) or code</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="149" />
        <source>Search procedures</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="150" />
        <source>Procedures found</source>
        <translation>Procedures found</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="151" />
        <source>2. Applicant</source>
        <translation>2. Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="152" />
        <source>Full name</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="152" />
        <source>ID number (CCCD)</source>
        <translation>ID number (CCCD)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="153" />
        <source>Date of birth (dd/mm/yyyy)</source>
        <translation>Date of birth (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="153" />
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="154" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="159" />
        <source>Scan the QR code on the citizen's ID card to fill these fields.</source>
        <translation>Scan the QR code on the citizen's ID card to fill these fields.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="160" />
        <source>3. Papers received (sets) and scanned pages</source>
        <translation>3. Papers received (sets) and scanned pages</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Sets received</source>
        <translation>Sets received</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="162" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="163" />
        <source>Papers received</source>
        <translation>Papers received</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="164" />
        <source>Scanned pages of the selected paper</source>
        <translation>Scanned pages of the selected paper</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="165" />
        <source>Reason or what to complete</source>
        <translation>Reason or what to complete</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="169" />
        <location filename="../../ui/counter/intake.py" line="267" />
        <source>Sets received: %1</source>
        <translation>Sets received: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="171" />
        <source>Pages saved by the document scanner go to the selected paper.</source>
        <translation>Pages saved by the document scanner go to the selected paper.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="172" />
        <source>Scan a page</source>
        <translation>Scan a page</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="175" />
        <source>Scan again</source>
        <translation>Scan again</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="176" />
        <source>4. Reason or what to complete (for a refusal or a supplement)</source>
        <translation>4. Reason or what to complete (for a refusal or a supplement)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="177" />
        <source>Receive (complete)</source>
        <translation>Receive (complete)</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="178" />
        <source>Request supplement</source>
        <translation>Request supplement</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="179" />
        <source>Refuse</source>
        <translation>Refuse</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="180" />
        <source>Print the slip</source>
        <translation>Print the slip</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="181" />
        <source>Open the PDF slip</source>
        <translation>Open the PDF slip</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="182" />
        <source>Next dossier</source>
        <translation>Next dossier</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="183" />
        <source>Back to the queue</source>
        <translation>Back to the queue</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="194" />
        <source>The scan folder cannot be used: %1</source>
        <translation>The scan folder cannot be used: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="305" />
        <source>The scan could not be read: %1</source>
        <translation>The scan could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="307" />
        <source>This code is not an ID card. Scan the QR on the back of the card.</source>
        <translation>This code is not an ID card. Scan the QR on the back of the card.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="220" />
        <source>The scan folder cannot be read: %1</source>
        <translation>The scan folder cannot be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="173" />
        <source>Turn page</source>
        <translation>Turn page</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="174" />
        <source>Remove page</source>
        <translation>Remove page</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="221" />
        <source>Not a page, set aside: %1</source>
        <translation>Not a page, set aside: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="222" />
        <source>Choose the procedure and the paper first; the pages wait.</source>
        <translation>Choose the procedure and the paper first; the pages wait.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="223" />
        <source>The scanner did not scan: %1</source>
        <translation>The scanner did not scan: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="321" />
        <source>This dossier is saved. Press Next dossier for a new one.</source>
        <translation>This dossier is saved. Press Next dossier for a new one.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="324" />
        <source>Choose the procedure first.</source>
        <translation>Choose the procedure first.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="364" />
        <source>Saving the scanned pages…</source>
        <translation>Saving the scanned pages…</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="374" />
        <location filename="../../ui/counter/intake.py" line="380" />
        <source>Scanned pages not saved: %1</source>
        <translation>Scanned pages not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="423" />
        <location filename="../../ui/counter/intake.py" line="427" />
        <source>The slip did not print: %1</source>
        <translation>The slip did not print: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="448" />
        <source>VietQR: fee %1 đồng</source>
        <translation>VietQR: fee %1 đồng</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="451" />
        <source>Dossier code: %1</source>
        <translation>Dossier code: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="453" />
        <source>Return: %1</source>
        <translation>Return: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="456" />
        <source>Missing: %1</source>
        <translation>Missing: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/intake.py" line="458" />
        <source>Digitized: %1 of %2 papers</source>
        <translation>Digitized: %1 of %2 papers</translation>
    </message>
</context>
<context>
    <name>KioskScreen</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="429" />
        <source>Normal text and colours</source>
        <translation>Normal text and colours</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="430" />
        <source>Large text and high contrast</source>
        <translation>Large text and high contrast</translation>
    </message>
</context>
<context>
    <name>KpiDashboard</name>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="239" />
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="239" />
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="239" />
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="239" />
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="240" />
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="240" />
        <source>Custom dates</source>
        <translation>Custom dates</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="245" />
        <source>Whole center</source>
        <translation>Whole center</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="245" />
        <source>By field</source>
        <translation>By field</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="245" />
        <source>By counter</source>
        <translation>By counter</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="246" />
        <source>By officer</source>
        <translation>By officer</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="248" />
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="249" />
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="250" />
        <location filename="../../ui/technician/dashboard.py" line="399" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="253" />
        <source>From date</source>
        <translation>From date</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="254" />
        <source>To date</source>
        <translation>To date</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="255" />
        <source>Figures by group</source>
        <translation>Figures by group</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="256" />
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="257" />
        <source>Export PDF</source>
        <translation>Export PDF</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="258" />
        <source>Export XLSX</source>
        <translation>Export XLSX</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="353" />
        <source>The report could not be read: %1</source>
        <translation>The report could not be read: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="363" />
        <source>Target %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="369" />
        <source>Decision 766, measurable points</source>
        <translation>Decision 766, measurable points</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="391" />
        <source>Waiting time, 90% within (minutes), per counter</source>
        <translation>Waiting time, 90% within (minutes), per counter</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="399" />
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="425" />
        <source>Show a report first, then export it.</source>
        <translation>Show a report first, then export it.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/dashboard.py" line="452" />
        <source>Saved: %1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>LateDossiers</name>
    <message>
        <location filename="../../ui/late_dossiers.py" line="64" />
        <source>Dossier code</source>
        <translation>Dossier code</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="64" />
        <source>Procedure</source>
        <translation>Procedure</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="65" />
        <source>Appointment</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="65" />
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="66" />
        <source>New return date</source>
        <translation>New return date</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="66" />
        <source>Reason for the delay</source>
        <translation>Reason for the delay</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="67" />
        <source>Unit that is late</source>
        <translation>Unit that is late</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="69" />
        <source>Late dossiers</source>
        <translation>Late dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="70" />
        <source>Issue the apology slip (form 04)</source>
        <translation>Issue the apology slip (form 04)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/late_dossiers.py" line="80" />
        <source>Dossiers late or due within the warning (%n)</source>
        <translation>
            <numerusform>Dossiers late or due within the warning (%n)</numerusform><numerusform>Dossiers late or due within the warning (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="131" />
        <source>Form 04 saved: %1</source>
        <translation>Form 04 saved: %1</translation>
    </message>
</context>
<context>
    <name>LateDossiersDialog</name>
    <message>
        <location filename="../../ui/late_dossiers.py" line="144" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/late_dossiers.py" line="146" />
        <source>Late dossiers</source>
        <translation>Late dossiers</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/keyboard.py" line="477" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="477" />
        <location filename="../../ui/keyboard.py" line="580" />
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="568" />
        <source>Capital letter</source>
        <translation>Capital letter</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="569" />
        <source>Backspace</source>
        <translation>Backspace</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="570" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="571" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="585" />
        <source>Vietnamese typing, touch for English letters</source>
        <translation>Vietnamese typing, touch for English letters</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="587" />
        <source>English letters, touch for Vietnamese typing</source>
        <translation>English letters, touch for Vietnamese typing</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="591" />
        <source>Marks: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ. Tones after the letters: s sắc, f huyền, r hỏi, x ngã, j nặng. Or hold a vowel.</source>
        <translation>Marks: aa â, aw ă, ee ê, oo ô, ow ơ, uw ư, dd đ. Tones after the letters: s sắc, f huyền, r hỏi, x ngã, j nặng. Or hold a vowel.</translation>
    </message>
    <message>
        <location filename="../../ui/keyboard.py" line="593" />
        <source>Marks: 6 â ê ô, 7 ơ ư, 8 ă, 9 đ. Tones after the letters: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 0 none. Or hold a vowel.</source>
        <translation>Marks: 6 â ê ô, 7 ơ ư, 8 ă, 9 đ. Tones after the letters: 1 sắc, 2 huyền, 3 hỏi, 4 ngã, 5 nặng, 0 none. Or hold a vowel.</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/lockdown.py" line="142" />
        <source>Technician PIN</source>
        <translation>Technician PIN</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="143" />
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="144" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="145" />
        <source>Delete the last digit</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="146" />
        <source>PIN entered</source>
        <translation>PIN entered</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="148" />
        <source>For technicians only. Citizens: touch Cancel.</source>
        <translation>For technicians only. Citizens: touch Cancel.</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="162" />
        <source>Too many wrong PINs. Try again in %1 minutes.</source>
        <translation>Too many wrong PINs. Try again in %1 minutes.</translation>
    </message>
</context>
<context>
    <name>PriorityPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="255" />
        <source>Do you belong to a priority group?</source>
        <translation>Do you belong to a priority group?</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="256" />
        <source>No — take a regular number</source>
        <translation>No — take a regular number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="257" />
        <source>Priority groups (officers may ask for proof):</source>
        <translation>Priority groups (officers may ask for proof):</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="258" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
</context>
<context>
    <name>ProcedureDetailPage</name>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="217" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="217" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="218" />
        <source>Papers to bring</source>
        <translation>Papers to bring</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="219" />
        <source>Print the list of papers</source>
        <translation>Print the list of papers</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="230" />
        <location filename="../../ui/kiosk/procedures.py" line="289" />
        <source>Code %1 · Field: %2</source>
        <translation>Code %1 · Field: %2</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="239" />
        <source>Ask at the counter which papers to bring.</source>
        <translation>Ask at the counter which papers to bring.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="247" />
        <source>(if applicable)</source>
        <translation>(if applicable)</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="261" />
        <source>Processing time</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="262" />
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="263" />
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="264" />
        <source>Agency that decides</source>
        <translation>Agency that decides</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="268" />
        <source>%1 VND</source>
        <translation>%1 VND</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="272" />
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="275" />
        <source>free</source>
        <translation>free</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="287" />
        <source>LIST OF PAPERS TO BRING</source>
        <translation>LIST OF PAPERS TO BRING</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="305" />
        <source>Printed at %1 — for information only</source>
        <translation>Printed at %1 — for information only</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="335" />
        <source>Printing the list…</source>
        <translation>Printing the list…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="336" />
        <source>Please take the printed list below.</source>
        <translation>Please take the printed list below.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="337" />
        <source>The printer could not print the list just now. You can read it on this screen, or ask at the help desk.</source>
        <translation>The printer could not print the list just now. You can read it on this screen, or ask at the help desk.</translation>
    </message>
</context>
<context>
    <name>ProcedureSearchPage</name>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="84" />
        <source>Look up a procedure</source>
        <translation>Look up a procedure</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="85" />
        <source>Type a few words, e.g. khai sinh</source>
        <translation>Type a few words, e.g. khai sinh</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="86" />
        <source>Search procedures</source>
        <translation>Search procedures</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="87" />
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="87" />
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="88" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="88" />
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/procedures.py" line="107" />
        <source>%n procedure(s) found</source>
        <translation>
            <numerusform>%n procedure(s) found</numerusform><numerusform>%n procedure(s) found</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="108" />
        <source>No procedure matches. Try fewer words, or choose a field.</source>
        <translation>No procedure matches. Try fewer words, or choose a field.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="111" />
        <source>Field: %1</source>
        <translation>Field: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/procedures.py" line="114" />
        <source>Or choose a field</source>
        <translation>Or choose a field</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/procedures.py" line="116" />
        <source>%n procedure(s)</source>
        <translation>
            <numerusform>%n procedure(s)</numerusform><numerusform>%n procedure(s)</numerusform></translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <location filename="../../ui/counter/rating.py" line="139" />
        <source>We are sorry. What did not go well?</source>
        <extracomment>how long "thank you" stays, and how long the reason buttons wait for a tap (milliseconds)</extracomment>
        <translation>We are sorry. What did not go well?</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="141" />
        <source>Thank you for your rating!</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="143" />
        <source>How satisfied are you with our service?</source>
        <translation>How satisfied are you with our service?</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="144" />
        <source>Ticket %1 at counter %2</source>
        <translation>Ticket %1 at counter %2</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="146" />
        <source>Touch one button, or press a key on the rating keypad.</source>
        <translation>Touch one button, or press a key on the rating keypad.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="147" />
        <source>Touch one button.</source>
        <translation>Touch one button.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/rating.py" line="151" />
        <source>Skip</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>ServePage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="243" />
        <source>Call next</source>
        <translation>Call next</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="243" />
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="243" />
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="244" />
        <source>No-show</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="244" />
        <source>Park</source>
        <translation>Park</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="244" />
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="245" />
        <source>Transfer</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="245" />
        <source>Sign out</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="246" />
        <source>Receive a dossier</source>
        <translation>Receive a dossier</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="250" />
        <source>Now serving</source>
        <translation>Now serving</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <location filename="../../ui/counter/screen.py" line="253" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <location filename="../../ui/counter/screen.py" line="253" />
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <source>Waited</source>
        <translation>Waited</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="252" />
        <source>Why this order</source>
        <translation>Why this order</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="253" />
        <source>Parked since</source>
        <translation>Parked since</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="254" />
        <source>Waiting tickets</source>
        <translation>Waiting tickets</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="255" />
        <source>Parked tickets</source>
        <translation>Parked tickets</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="270" />
        <source>Waiting (%n)</source>
        <translation>
            <numerusform>Waiting (%n)</numerusform><numerusform>Waiting (%n)</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="276" />
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/counter/screen.py" line="284" />
        <source>Parked (%n)</source>
        <translation>
            <numerusform>Parked (%n)</numerusform><numerusform>Parked (%n)</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="298" />
        <source>Dossiers late or about to be late: %1</source>
        <translation>Dossiers late or about to be late: %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="309" />
        <source>No ticket at this counter. Press Call next.</source>
        <translation>No ticket at this counter. Press Call next.</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="316" />
        <source>Recalled %1 of %2 times</source>
        <translation>Recalled %1 of %2 times</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="206" />
        <source>Choose a service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="207" />
        <source>◀  Back</source>
        <translation>◀  Back</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="219" />
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform><numerusform>%n waiting</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="219" />
        <source>Not issuing numbers now</source>
        <translation>Not issuing numbers now</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="76" />
        <source>Officer sign-in</source>
        <translation>Officer sign-in</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="77" />
        <source>Counter %1</source>
        <translation>Counter %1</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="78" />
        <source>Officer</source>
        <translation>Officer</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="79" />
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="82" />
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="89" />
        <source>The counter was locked after %1 minutes without use. Enter your PIN to continue.</source>
        <translation>The counter was locked after %1 minutes without use. Enter your PIN to continue.</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../ui/sync_status.py" line="38" />
        <source>OFFLINE since %1 · %2 waiting</source>
        <translation>OFFLINE since %1 · %2 waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="40" />
        <source>Online · %1 waiting</source>
        <translation>Online · %1 waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync_status.py" line="42" />
        <source>%1 refused</source>
        <translation>%1 refused</translation>
    </message>
</context>
<context>
    <name>TechnicianGate</name>
    <message>
        <location filename="../../ui/lockdown.py" line="518" />
        <source>Technician workstation — locked</source>
        <translation>Technician workstation — locked</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="519" />
        <source>Devices, settings, reports and the audit trail open with the technician PIN. The screen locks again after 10 minutes without use.</source>
        <translation>Devices, settings, reports and the audit trail open with the technician PIN. The screen locks again after 10 minutes without use.</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="521" />
        <source>Unlock with the technician PIN</source>
        <translation>Unlock with the technician PIN</translation>
    </message>
</context>
<context>
    <name>TechnicianScreen</name>
    <message>
        <location filename="../../ui/technician/screen.py" line="172" />
        <source>Technician — %1</source>
        <translation>Technician — %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <location filename="../../ui/technician/screen.py" line="192" />
        <source>Print jobs</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <location filename="../../ui/technician/screen.py" line="193" />
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="173" />
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>Late dossiers</source>
        <translation>Late dossiers</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="174" />
        <source>KPI dashboard</source>
        <translation>KPI dashboard</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="176" />
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="177" />
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="178" />
        <source>Check the printer now</source>
        <translation>Check the printer now</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="179" />
        <source>Device settings of this machine</source>
        <translation>Device settings of this machine</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="180" />
        <source>Printer address</source>
        <translation>Printer address</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="180" />
        <source>Printer profile</source>
        <translation>Printer profile</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="181" />
        <source>Rating keypad</source>
        <translation>Rating keypad</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="183" />
        <source>Save device settings</source>
        <translation>Save device settings</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="184" />
        <source>Voice of the display board</source>
        <translation>Voice of the display board</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="185" />
        <source>Central server</source>
        <translation>Central server</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="186" />
        <source>Reprint selected job</source>
        <translation>Reprint selected job</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="187" />
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="188" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="189" />
        <source>Attempts</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="189" />
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="190" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="190" />
        <source>Prefix</source>
        <translation>Prefix</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="190" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="191" />
        <source>Counters</source>
        <translation>Counters</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="191" />
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="191" />
        <source>Last number</source>
        <translation>Last number</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="194" />
        <source>Configuration file</source>
        <translation>Configuration file</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="197" />
        <source>Configuration file: %1</source>
        <translation>Configuration file: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="198" />
        <source>Data folder: %1</source>
        <translation>Data folder: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="199" />
        <source>Idle timeout: %1 s</source>
        <translation>Idle timeout: %1 s</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="205" />
        <source>Setting: %1</source>
        <translation>Setting: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="213" />
        <source>State: %1</source>
        <translation>State: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="216" />
        <source>Last bytes sent: %1</source>
        <translation>Last bytes sent: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="217" />
        <source>Last bytes received: %1</source>
        <translation>Last bytes received: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="232" />
        <source>Not saved: %1</source>
        <translation>Not saved: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="234" />
        <source>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</source>
        <translation>Saved. The printer is in use now; scanner and keypad changes apply at the next start.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="258" />
        <source>Address: %1</source>
        <translation>Address: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="259" />
        <source>Profile: %1</source>
        <translation>Profile: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="271" />
        <source>No print job yet.</source>
        <translation>No print job yet.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="273" />
        <source>Last job FAILED: %1</source>
        <translation>Last job FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="275" />
        <source>Last job: %1</source>
        <translation>Last job: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/technician/screen.py" line="276" />
        <source>%n failed job(s) to reprint</source>
        <translation>
            <numerusform>%n failed job to reprint</numerusform><numerusform>%n failed jobs to reprint</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="302" />
        <source>Not enrolled: this terminal works alone on its own database.</source>
        <translation>Not enrolled: this terminal works alone on its own database.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="304" />
        <source>Server: %1</source>
        <translation>Server: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="305" />
        <source>Last successful sync: %1</source>
        <translation>Last successful sync: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="306" />
        <source>Waiting to be sent: %1; refused by the server (dead letters): %2</source>
        <translation>Waiting to be sent: %1; refused by the server (dead letters): %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="309" />
        <source>OFFLINE since %1: %2</source>
        <translation>OFFLINE since %1: %2</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="322" />
        <source>Test page printed.</source>
        <translation>Test page printed.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="323" />
        <location filename="../../ui/technician/screen.py" line="329" />
        <source>Test page FAILED: %1</source>
        <translation>Test page FAILED: %1</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="334" />
        <source>Select a job first.</source>
        <translation>Select a job first.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="358" />
        <source>Reprinted.</source>
        <translation>Reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/technician/screen.py" line="359" />
        <source>Reprint FAILED: %1</source>
        <translation>Reprint FAILED: %1</translation>
    </message>
</context>
<context>
    <name>TechnicianSession</name>
    <message>
        <location filename="../../ui/lockdown.py" line="234" />
        <source>Technician mode — the kiosk is paused</source>
        <translation>Technician mode — the kiosk is paused</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="235" />
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/lockdown.py" line="236" />
        <source>Quit the application</source>
        <translation>Quit the application</translation>
    </message>
</context>
<context>
    <name>TicketPage</name>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="325" />
        <source>Your queue number</source>
        <translation>Your queue number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="326" />
        <source>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</source>
        <translation>Please take a seat in the waiting area and watch the board. Your number will be called on the screen and by voice.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="328" />
        <source>Scan to follow the queue on your phone</source>
        <translation>Scan to follow the queue on your phone</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="329" />
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="338" />
        <source>Priority: %1</source>
        <translation>Priority: %1</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="341" />
        <source>Issued at %1</source>
        <translation>Issued at %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="342" />
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform><numerusform>%n people ahead of you</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/kiosk/screen.py" line="344" />
        <source>Estimated wait: about %n minutes</source>
        <translation>
            <numerusform>Estimated wait: about %n minute</numerusform><numerusform>Estimated wait: about %n minutes</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="348" />
        <source>Printing your ticket…</source>
        <translation>Printing your ticket…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/screen.py" line="351" />
        <source>Please take your printed ticket below.</source>
        <translation>Please take your printed ticket below.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../ui/counter/screen.py" line="128" />
        <source>Transfer ticket</source>
        <translation>Transfer ticket</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="131" />
        <source>Transfer to the line of a service</source>
        <translation>Transfer to the line of a service</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="140" />
        <source>…or straight to a counter</source>
        <translation>…or straight to a counter</translation>
    </message>
    <message>
        <location filename="../../ui/counter/screen.py" line="151" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>