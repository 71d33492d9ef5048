context.get('userProperties').setProperty('name', 'Product')
// sequelize-cli's grammar: commas or spaces between items, braces around enum values
context.get('userProperties').setProperty('attributes',
    'name:string,price:decimal status:enum:{draft, live},released_on:dateonly,bio:text,details:jsonb,tags:ARRAY(STRING)')
return true
